#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

// Runs the real `tigris` binary as a user would, for the command-line tests.
struct TigrisRun {
    int code = -1;
    QByteArray out, err;
};

inline TigrisRun
runTigris(const QStringList& args,
          const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProgram(QStringLiteral(TIGRIS_BINARY));
    p.setArguments(args);
    p.start();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}
