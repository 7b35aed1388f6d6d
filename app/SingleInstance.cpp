#include "SingleInstance.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <unistd.h>

SingleInstance::SingleInstance(QObject* parent) : QObject(parent), server_(new QLocalServer(this))
{
    server_->setSocketOptions(QLocalServer::UserAccessOption);
    connect(server_, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = server_->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                if (!socket->canReadLine()) return;
                QByteArray all = socket->peek(socket->bytesAvailable());
                if (!all.contains("\n\n") && !all.startsWith('\n')) return; // not complete
                QStringList paths;
                while (socket->canReadLine()) {
                    const QByteArray line = socket->readLine().chopped(1);
                    if (line.isEmpty()) break;
                    paths << QString::fromUtf8(line);
                }
                socket->write("ok\n");
                socket->flush();
                emit pathsReceived(paths);
            });
        }
    });
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName()
{
    QString name = QStringLiteral("tigris-%1").arg(getuid());
    const QString instance = qEnvironmentVariable("TIGRIS_INSTANCE");
    if (!instance.isEmpty()) name += QLatin1Char('-') + instance;
    return name;
}

bool SingleInstance::handOver(const QStringList& paths, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(serverName());
    if (!socket.waitForConnected(int(deadline.remainingTime()))) return false;
    QByteArray message;
    for (const QString& p : paths)
        message += QFileInfo(p).absoluteFilePath().toUtf8() + '\n';
    message += '\n';
    socket.write(message);
    if (!socket.waitForBytesWritten(int(deadline.remainingTime()))) return false;
    while (!socket.canReadLine())
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(deadline.remainingTime())))
            return false;
    return socket.readLine() == "ok\n";
}

bool SingleInstance::listen()
{
    if (server_->listen(serverName())) return true;
    // A name left behind by an instance that crashed: nobody answered, so take it over.
    QLocalServer::removeServer(serverName());
    return server_->listen(serverName());
}
