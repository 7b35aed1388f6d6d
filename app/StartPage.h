#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

// What the window shows when no project is open: New, Open, the recent projects, the bundled
// sample and "Import a file into a new project". It only asks; DocumentController acts.
class StartPage : public QWidget {
    Q_OBJECT
  public:
    explicit StartPage(QWidget* parent = nullptr);
    void setRecent(const QStringList& paths); // newest first; gone files shown disabled
    QListWidget* recentList() const { return recent_; }

  signals:
    void newRequested();
    void openRequested();
    void recentRequested(const QString& path);
    void sampleRequested();
    void importRequested();

  private:
    QListWidget* recent_;
};
