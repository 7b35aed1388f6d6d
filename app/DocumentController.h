#pragma once

#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

class MainWindow;
class QAction;
class QMenu;
class StartPage;

// Projects as documents: New (named, saved at once), Open, Open Recent, Save a Copy, Close,
// the start page, and where a path goes (a project opens, anything else is imported, into the
// open project or a new one). The window does the opening and importing; this decides and
// asks. File dialogs and questions go through prompts that tests replace.
class DocumentController : public QObject {
    Q_OBJECT
  public:
    enum class Where { OpenProject, NewProject };
    DocumentController(MainWindow& window, StartPage& startPage);

    void addFileActions(QMenu* file, QAction* before); // New … Close, above `before`

    bool newProject(const QString& path); // creates, opens, remembers; false after telling why
    bool saveCopy(const QString& path);   // true when written
    // A project opens; any other file is offered for import (asks where when a project is
    // open). The route of `tigris PATH`, a dropped file and a second instance's hand-over.
    void openPath(const QString& path);
    // Imports into a new project (asks for its file name) or the open one.
    void importFile(const QString& path, std::optional<Where> where = std::nullopt);
    void projectOpened(const QString& path); // remembers it in Open Recent
    void projectClosed();
    QStringList recentProjects() const;
    static bool isProjectFile(const QString& path); // by suffix, or SQLite with our id

    // Stand-ins for dialogs (tests): a file name to save to (empty: cancelled), and the
    // answer to "import into which project?" (nullopt: cancelled).
    void setSavePathPrompt(std::function<QString(const QString& title)> prompt);
    void setWherePrompt(std::function<std::optional<Where>(const QString& question, Where def)>);

  private:
    QString askSavePath(const QString& title);
    void fillRecent(QMenu* menu);
    void refreshStartPage();
    QString newProjectPath(const QString& title); // asked, with .tigris added
    MainWindow& window_;
    StartPage& startPage_;
    std::function<QString(const QString&)> savePathPrompt_;
    std::function<std::optional<Where>(const QString&, Where)> wherePrompt_;
};
