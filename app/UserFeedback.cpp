#include "UserFeedback.h"

#include <QMessageBox>
#include <QStatusBar>

UserFeedback::UserFeedback(QWidget* window, QStatusBar* statusBar)
    : QObject(window), window_(window), statusBar_(statusBar)
{
}

void UserFeedback::setErrorReporter(std::function<void(const QString&)> reporter)
{
    reporter_ = std::move(reporter);
}

void UserFeedback::error(const QString& message)
{
    if (reporter_) {
        reporter_(message);
        return;
    }
    QMessageBox::critical(window_, tr("Tigris"), message);
}

bool UserFeedback::report(const QString& text)
{
    if (!reporter_) return false;
    reporter_(text);
    return true;
}

void UserFeedback::status(const QString& message, int milliseconds)
{
    statusBar_->showMessage(message, milliseconds);
}
