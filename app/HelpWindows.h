#pragma once

#include <QList>
#include <QString>

class QAction;
class QWidget;

// Help → Keyboard shortcuts and Help → User guide. The guide is the project's own docs
// (README and docs/*.md), shipped in the binary as resources and rendered from Markdown, so it
// reads the same offline as on the web.
namespace HelpWindows {
// Every action's shortcut, with the keys that belong to views (map, timeline, drawing).
QString shortcutsText(const QList<QAction*>& actions);
void showShortcuts(QWidget* parent, const QList<QAction*>& actions);
// The guide's pages: resource paths, README first.
QList<QString> guidePages();
void showGuide(QWidget* parent);
} // namespace HelpWindows
