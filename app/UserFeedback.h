#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QStatusBar;
class QWidget;

// Where a window's parts tell the user things: errors (a dialog, or a reporter that tests
// and the command line install instead) and passing messages in the status bar.
class UserFeedback : public QObject {
    Q_OBJECT
  public:
    UserFeedback(QWidget* window, QStatusBar* statusBar);
    void setErrorReporter(std::function<void(const QString&)> reporter);
    bool hasReporter() const { return bool(reporter_); }
    void error(const QString& message);
    // A long report (e.g. an import's rejected rows): the reporter when installed, else false
    // and the caller shows its own dialog.
    bool report(const QString& text);
    void status(const QString& message, int milliseconds = 8000);
    QWidget* window() const { return window_; }

  private:
    QWidget* window_;
    QStatusBar* statusBar_;
    std::function<void(const QString&)> reporter_;
};
