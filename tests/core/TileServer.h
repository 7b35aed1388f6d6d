#pragma once
// Shared by the tile tests: a small HTTP/1.1 tile server on 127.0.0.1 whose rows misbehave on
// demand (failing, stalling, dripping, huge and flooding tiles).

#include "TestCatch.h"
#include "TileTestImages.h"
#include "tiles/XyzTileSource.h"

#include <QHash>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

inline constexpr int kFailingRow = 500;  // at any zoom: HTTP 500
inline constexpr int kStallingRow = 999; // at any zoom: the request is read and never answered
inline constexpr int kDrippingRow = 998; // headers, then a byte every 100 ms, never complete
inline constexpr int kHugeRow = 997;     // declares 200 MB and sends 6 MB of it
inline constexpr int kFloodRow = 996;    // no length declared: 6 MB, then the connection closes

// A small HTTP/1.1 tile server on 127.0.0.1: /z/x/y.png is a PNG in tileTestColour(z,x,y).
// Records what clients send and how many requests are in flight at once.
class TileServer : public QObject {
  public:
    int delayMs = 0;
    QByteArray cacheControl = "max-age=3600";
    QStringList userAgents;
    QStringList paths;
    QList<QByteArray> ifNoneMatch;
    int notModified = 0;
    int inFlight = 0;
    int maxInFlight = 0;
    int disconnectedInFlight = 0;

    TileServer()
    {
        connect(&server_, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = server_.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    if (waiting_.remove(socket)) {
                        --inFlight;
                        ++disconnectedInFlight;
                    }
                    socket->deleteLater();
                });
            }
        });
        REQUIRE(server_.listen(QHostAddress::LocalHost));
    }
    ~TileServer() override
    {
        // Sockets die with the server, after the members their handlers touch.
        for (QTcpSocket* socket : server_.findChildren<QTcpSocket*>())
            QObject::disconnect(socket, nullptr, this, nullptr);
    }
    QString urlTemplate() const
    {
        return QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(server_.serverPort());
    }
    int requests() const { return static_cast<int>(paths.size()); }
    // A source of this server's tiles, cached in `cacheDirectory`.
    XyzTileSource::Options sourceOptions(const QString& cacheDirectory) const
    {
        XyzTileSource::Options o;
        o.urlTemplate = urlTemplate();
        o.attribution = QStringLiteral("© Test tiles");
        o.cacheDirectory = cacheDirectory;
        return o;
    }

  private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = buffers_[socket];
        buffer += socket->readAll();
        int end;
        while ((end = static_cast<int>(buffer.indexOf("\r\n\r\n"))) >= 0) {
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            buffer.remove(0, end + 4);
            const QString path = QString::fromLatin1(lines.value(0).split(' ').value(1));
            QByteArray userAgent, etag;
            for (const QByteArray& line : lines) {
                const QByteArray l = line.trimmed();
                if (l.toLower().startsWith("user-agent:")) userAgent = l.mid(11).trimmed();
                if (l.toLower().startsWith("if-none-match:")) etag = l.mid(14).trimmed();
            }
            paths << path;
            userAgents << QString::fromLatin1(userAgent);
            ifNoneMatch << etag;
            waiting_.insert(socket);
            maxInFlight = std::max(maxInFlight, ++inFlight);
            QTimer::singleShot(delayMs, socket,
                               [this, socket, path, etag] { respond(socket, path, etag); });
        }
    }

    void respond(QTcpSocket* socket, const QString& path, const QByteArray& etag)
    {
        const QStringList parts =
            QString(path).remove(QStringLiteral(".png")).split(QLatin1Char('/'));
        const TileKey key{parts.value(1).toInt(), parts.value(2).toInt(), parts.value(3).toInt()};
        if (key.y == kStallingRow) return; // stays in flight until the client gives up
        if (key.y == kDrippingRow) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n"
                          "Content-Length: 100000\r\n\r\n");
            auto* drip = new QTimer(socket);
            connect(drip, &QTimer::timeout, socket, [socket] { socket->write("x"); });
            drip->start(100);
            return;
        }
        if (key.y == kHugeRow || key.y == kFloodRow) {
            socket->write(key.y == kHugeRow ? "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n"
                                              "Content-Length: 209715200\r\n\r\n"
                                            : "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n"
                                              "Connection: close\r\n\r\n");
            socket->write(QByteArray(6 * 1024 * 1024, '\0'));
            if (key.y == kFloodRow) socket->disconnectFromHost();
            return;
        }
        waiting_.remove(socket);
        --inFlight;
        const QByteArray tag = "\"" + key.toString().toLatin1() + "\"";
        QByteArray head, body;
        if (key.y == kFailingRow) {
            body = "broken";
            head = "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n";
        } else if (etag == tag) {
            ++notModified;
            head = "HTTP/1.1 304 Not Modified\r\nCache-Control: " + cacheControl + "\r\n";
        } else {
            body = tileTestImage(key);
            head = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nCache-Control: " + cacheControl +
                   "\r\nETag: " + tag + "\r\n";
        }
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
        socket->write(head + body);
    }

    QTcpServer server_;
    QHash<QTcpSocket*, QByteArray> buffers_;
    QSet<QTcpSocket*> waiting_;
};
