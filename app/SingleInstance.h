#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

// One Tigris window per user: the first instance listens on a local socket named for the
// user; a later `tigris PATH` hands its paths over and exits. A first instance that does not
// answer within the timeout (hung) is ignored: the caller opens its own window.
// Protocol: the client sends the absolute paths, one a line, then an empty line; the server
// answers "ok\n" once it has taken them.
class SingleInstance : public QObject {
    Q_OBJECT
  public:
    explicit SingleInstance(QObject* parent = nullptr);
    ~SingleInstance() override;

    // The socket's name: per user (and per TIGRIS_INSTANCE, which tests set).
    static QString serverName();
    // True when a running instance took the paths (possibly none: it then only comes to the
    // front); false when there is none or it did not answer within `timeoutMs`.
    static bool handOver(const QStringList& paths, int timeoutMs = 3000);
    // Starts answering; false when another instance holds the name (it did not answer).
    bool listen();

  signals:
    void pathsReceived(const QStringList& paths); // may be empty: raise the window

  private:
    QLocalServer* server_;
};
