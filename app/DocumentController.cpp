#include "DocumentController.h"

#include "MainWindow.h"
#include "RecentSources.h"
#include "StartPage.h"
#include "io/SampleProject.h"
#include "store/EventStore.h"
#include "store/ProjectCopy.h"
#include "store/ProjectSchema.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtEndian>

DocumentController::DocumentController(MainWindow& window, StartPage& startPage)
    : QObject(&window), window_(window), startPage_(startPage)
{
    connect(&startPage_, &StartPage::newRequested, this, [this] {
        const QString path = newProjectPath(tr("New project"));
        if (!path.isEmpty()) newProject(path);
    });
    connect(&startPage_, &StartPage::openRequested, &window_, &MainWindow::openDialog);
    connect(&startPage_, &StartPage::recentRequested, this,
            [this](const QString& path) { window_.openProject(path); });
    connect(&startPage_, &StartPage::sampleRequested, &window_, &MainWindow::openSample);
    connect(&startPage_, &StartPage::importRequested, this, [this] {
        const QString path = QFileDialog::getOpenFileName(&window_, tr("Import events"), QString(),
                                                          ImportFlow::fileFilter());
        if (!path.isEmpty()) importFile(path, Where::NewProject);
    });
    refreshStartPage();
}

void DocumentController::addFileActions(QMenu* file, QAction* before)
{
    auto* create = new QAction(tr("&New project…"), file);
    create->setShortcut(QKeySequence::New);
    connect(create, &QAction::triggered, this, [this] {
        const QString path = newProjectPath(tr("New project"));
        if (!path.isEmpty()) newProject(path);
    });
    auto* open = new QAction(tr("&Open…"), file);
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, &window_, &MainWindow::openDialog);
    auto* recent = new QMenu(tr("Open &recent"), file);
    recent->setObjectName(QStringLiteral("recentProjectsMenu"));
    recent->setToolTipsVisible(true);
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecent(recent); });
    fillRecent(recent);
    auto* copy = new QAction(tr("Save a &copy…"), file);
    copy->setShortcut(QKeySequence::SaveAs);
    copy->setObjectName(QStringLiteral("saveCopyAction"));
    connect(copy, &QAction::triggered, this, [this] {
        const QString path = askSavePath(tr("Save a copy of the project"));
        if (!path.isEmpty()) saveCopy(path);
    });
    auto* close = new QAction(tr("&Close project"), file);
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, &window_, &MainWindow::closeProject);
    const auto enable = [copy, close, this] {
        copy->setEnabled(window_.store() != nullptr);
        close->setEnabled(window_.store() != nullptr);
    };
    connect(file, &QMenu::aboutToShow, this, enable);
    enable();
    file->insertAction(before, create);
    file->insertAction(before, open);
    file->insertMenu(before, recent);
    file->insertAction(before, copy);
    file->insertAction(before, close);
    file->insertSeparator(before);
}

QString DocumentController::askSavePath(const QString& title)
{
    if (savePathPrompt_) return savePathPrompt_(title);
    const QString folder =
        window_.store() ? QFileInfo(window_.store()->path()).absolutePath()
                        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(&window_, title, folder, tr("Tigris projects (*.tigris)"));
}

QString DocumentController::newProjectPath(const QString& title)
{
    QString path = askSavePath(title);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".tigris");
    return path;
}

bool DocumentController::newProject(const QString& path)
{
    try {
        if (window_.store() && QFileInfo(path).absoluteFilePath() ==
                                   QFileInfo(window_.store()->path()).absoluteFilePath())
            throw StoreError(
                QStringLiteral("%1 is the open project; choose another name for the new one")
                    .arg(path));
        // A file dialog already asked about replacing: an existing file goes, a new one is
        // created and closed again before the window opens it.
        if (QFileInfo(path).isFile() && !QFile::remove(path))
            throw StoreError(QStringLiteral("%1 cannot be replaced").arg(path));
        EventStore::create(path);
    } catch (const StoreError& e) {
        window_.reportError(e.message());
        return false;
    }
    return window_.openProject(path);
}

bool DocumentController::saveCopy(const QString& path)
{
    const EventStore* store = window_.store();
    if (!store) return false;
    try {
        ProjectCopy::write(*store, path);
    } catch (const StoreError& e) {
        window_.reportError(e.message());
        return false;
    }
    window_.statusBar()->showMessage(tr("A copy was saved as %1").arg(path), 8000);
    return true;
}

bool DocumentController::isProjectFile(const QString& path)
{
    if (path.endsWith(QLatin1String(".tigris"), Qt::CaseInsensitive)) return true;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return false;
    const QByteArray header = f.read(72);
    return header.size() == 72 && header.startsWith(QByteArrayLiteral("SQLite format 3\0")) &&
           qFromBigEndian<quint32>(header.constData() + 68) ==
               quint32(ProjectSchema::kApplicationId);
}

void DocumentController::openPath(const QString& path)
{
    if (isProjectFile(path) || !QFileInfo(path).isFile())
        window_.openProject(path); // a missing file gets the store's message
    else
        importFile(path);
}

void DocumentController::importFile(const QString& path, std::optional<Where> where)
{
    if (!window_.store()) where = Where::NewProject;
    if (!where) {
        // Into the sample's working copy by default only when asked: it is not the user's.
        const QString name = QFileInfo(window_.store()->path()).completeBaseName();
        const bool sample = QFileInfo(window_.store()->path()).absoluteFilePath() ==
                            QFileInfo(::workingCopyPath()).absoluteFilePath();
        const Where def = sample ? Where::NewProject : Where::OpenProject;
        const QString question = tr("Import %1 into the open project “%2” or into a new project?")
                                     .arg(QFileInfo(path).fileName(), name);
        if (wherePrompt_) {
            where = wherePrompt_(question, def);
        } else {
            QMessageBox box(QMessageBox::Question, tr("Import"), question, QMessageBox::Cancel,
                            &window_);
            box.setTextFormat(Qt::PlainText);
            QPushButton* into = box.addButton(tr("Into “%1”").arg(name), QMessageBox::AcceptRole);
            QPushButton* fresh = box.addButton(tr("Into a new project…"), QMessageBox::AcceptRole);
            box.setDefaultButton(def == Where::NewProject ? fresh : into);
            box.exec();
            if (box.clickedButton() == into) where = Where::OpenProject;
            if (box.clickedButton() == fresh) where = Where::NewProject;
        }
        if (!where) return;
    }
    if (*where == Where::NewProject) {
        const QString project =
            newProjectPath(tr("New project for %1").arg(QFileInfo(path).fileName()));
        if (project.isEmpty() || !newProject(project)) return;
    }
    window_.importSource(path);
}

void DocumentController::projectOpened(const QString& path)
{
    QSettings settings;
    RecentSources(settings, RecentSources::kProjectsKey).add(path);
    refreshStartPage();
}

void DocumentController::projectClosed()
{
    refreshStartPage();
}

QStringList DocumentController::recentProjects() const
{
    QSettings settings;
    return RecentSources(settings, RecentSources::kProjectsKey).paths();
}

void DocumentController::refreshStartPage()
{
    startPage_.setRecent(recentProjects());
}

void DocumentController::fillRecent(QMenu* menu)
{
    menu->clear();
    const QStringList paths = recentProjects();
    for (const QString& path : paths) {
        QString label = QFileInfo(path).completeBaseName();
        label.replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction* action = menu->addAction(label, this, [this, path] { window_.openProject(path); });
        action->setData(path);
        action->setToolTip(path);
        action->setEnabled(QFileInfo::exists(path));
    }
    if (paths.isEmpty()) menu->addAction(tr("No recent projects"))->setEnabled(false);
    menu->addSeparator();
    QAction* clear = menu->addAction(tr("Clear the list"), this, [this] {
        QSettings stored;
        RecentSources(stored, RecentSources::kProjectsKey).clear();
        refreshStartPage();
    });
    clear->setEnabled(!paths.isEmpty());
}

void DocumentController::setSavePathPrompt(std::function<QString(const QString&)> prompt)
{
    savePathPrompt_ = std::move(prompt);
}

void DocumentController::setWherePrompt(
    std::function<std::optional<Where>(const QString&, Where)> prompt)
{
    wherePrompt_ = std::move(prompt);
}
