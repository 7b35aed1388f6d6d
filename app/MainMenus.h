#pragma once

#include <QObject>

class MainWindow;
class QMenu;
class TimeActions;

// The main window's menu bar: File (open, import, export), Edit (undo, annotations), View
// (zoom, tiles, docks) and Help. Each menu is built by its own function, so a new entry goes
// next to its neighbours; the actions call the window's parts, which do the work.
class MainMenus : public QObject {
    Q_OBJECT
  public:
    explicit MainMenus(MainWindow* window); // builds the menus into the window's menu bar
    QMenu* file() const { return file_; }
    QMenu* edit() const { return edit_; }
    QMenu* view() const { return view_; }
    QMenu* help() const { return help_; }
    TimeActions* timeActions() const { return time_; }

  private:
    void buildFile();
    void buildEdit();
    void buildView();
    void buildHelp();

    MainWindow* window_;
    QMenu* file_ = nullptr;
    QMenu* edit_ = nullptr;
    QMenu* view_ = nullptr;
    QMenu* help_ = nullptr;
    TimeActions* time_ = nullptr;
};
