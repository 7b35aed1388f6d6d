#include "HelpWindows.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace HelpWindows {

namespace {
// Keys handled inside views rather than by actions.
const char* const kViewKeys[][2] = {
    {QT_TRANSLATE_NOOP("HelpWindows", "Map"),
     QT_TRANSLATE_NOOP("HelpWindows",
                       "+ / − zoom, arrows pan, drag pans, wheel zooms about the cursor")},
    {QT_TRANSLATE_NOOP("HelpWindows", "Map"),
     QT_TRANSLATE_NOOP(
         "HelpWindows",
         "Click an event: details; several there: a pick list (Up/Down, Enter, Escape)")},
    {QT_TRANSLATE_NOOP("HelpWindows", "Map"),
     QT_TRANSLATE_NOOP("HelpWindows", "Ctrl+drag: select the events in a rectangle")},
    {QT_TRANSLATE_NOOP("HelpWindows", "Drawing"),
     QT_TRANSLATE_NOOP("HelpWindows", "Click adds a point; Enter or double-click finishes; "
                                      "Backspace removes the last point; Escape cancels")},
    {QT_TRANSLATE_NOOP("HelpWindows", "Timeline"),
     QT_TRANSLATE_NOOP("HelpWindows", "Space plays or pauses; Left / Right step by the unit")},
    {QT_TRANSLATE_NOOP("HelpWindows", "Everywhere"),
     QT_TRANSLATE_NOOP("HelpWindows", "Tab / Shift+Tab move between the docks")},
};

void collect(const QList<QAction*>& actions, QList<QAction*>& out)
{
    for (QAction* a : actions) {
        if (out.contains(a)) continue;
        out.append(a);
        if (a->menu()) collect(a->menu()->actions(), out);
    }
}
} // namespace

QString shortcutsText(const QList<QAction*>& actions)
{
    QList<QAction*> all;
    collect(actions, all);
    QString html = QStringLiteral("<table cellpadding=3>");
    for (QAction* a : all) {
        QStringList keys;
        for (const QKeySequence& k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText).toHtmlEscaped();
        if (keys.isEmpty()) continue;
        html += QStringLiteral("<tr><td><b dir=ltr>%1</b></td><td>%2</td></tr>")
                    .arg(keys.join(QStringLiteral(", ")),
                         a->text().remove(QLatin1Char('&')).remove(QChar(0x2026)).toHtmlEscaped());
    }
    for (const auto& k : kViewKeys)
        html += QStringLiteral("<tr><td><i>%1</i></td><td>%2</td></tr>")
                    .arg(QCoreApplication::translate("HelpWindows", k[0]).toHtmlEscaped(),
                         QCoreApplication::translate("HelpWindows", k[1]).toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

void showShortcuts(QWidget* parent, const QList<QAction*>& actions)
{
    auto* dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(QCoreApplication::translate("HelpWindows", "Keyboard shortcuts"));
    auto* text = new QTextBrowser(dialog);
    text->setObjectName(QStringLiteral("shortcutsText"));
    text->setHtml(shortcutsText(actions));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(560, 520);
    dialog->show();
}

QList<QString> guidePages()
{
    QList<QString> pages{QStringLiteral(":/tigris/guide/README.md")};
    const QDir docs(QStringLiteral(":/tigris/guide/docs"));
    for (const QString& name : docs.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        pages << docs.filePath(name);
    return pages;
}

void showGuide(QWidget* parent)
{
    auto* dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("userGuide"));
    dialog->setWindowTitle(QCoreApplication::translate("HelpWindows", "Tigris user guide"));
    auto* pages = new QListWidget(dialog);
    pages->setAccessibleName(QCoreApplication::translate("HelpWindows", "Guide pages"));
    auto* text = new QTextBrowser(dialog);
    text->setAccessibleName(QCoreApplication::translate("HelpWindows", "Guide page"));
    text->setOpenLinks(false);
    const QList<QString> paths = guidePages();
    for (const QString& path : paths)
        pages->addItem(QFileInfo(path).completeBaseName());
    auto show = [text, paths](int i) {
        if (i < 0 || i >= paths.size()) return;
        QFile f(paths[i]);
        if (!f.open(QIODevice::ReadOnly)) return;
        text->setSearchPaths({QFileInfo(paths[i]).absolutePath()});
        text->setMarkdown(QString::fromUtf8(f.readAll())); // rendered offline, as plain Markdown
    };
    QObject::connect(pages, &QListWidget::currentRowChanged, text, show);
    // A link to another page of the guide opens it there; outside links are only shown.
    QObject::connect(text, &QTextBrowser::anchorClicked, pages, [pages, paths](const QUrl& url) {
        const QString name = QFileInfo(url.path()).fileName();
        for (int i = 0; i < paths.size(); ++i)
            if (QFileInfo(paths[i]).fileName() == name) pages->setCurrentRow(i);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(pages, 1);
    row->addWidget(text, 4);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(row);
    layout->addWidget(buttons);
    pages->setCurrentRow(0);
    dialog->resize(900, 640);
    dialog->show();
}

} // namespace HelpWindows
