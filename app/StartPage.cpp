#include "StartPage.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

StartPage::StartPage(QWidget* parent) : QWidget(parent), recent_(new QListWidget(this))
{
    setObjectName(QStringLiteral("startPage"));
    auto* title =
        new QLabel(tr("<h1>Tigris</h1><p>Dated events on a map and a timeline.</p>"), this);
    title->setTextFormat(Qt::RichText);
    const auto button = [this](const QString& text, const QString& tip, auto signal) {
        auto* b = new QPushButton(text, this);
        b->setToolTip(tip);
        b->setMinimumHeight(36);
        b->setMinimumWidth(280);
        connect(b, &QPushButton::clicked, this, signal);
        return b;
    };
    auto* actions = new QVBoxLayout;
    actions->addWidget(button(tr("&New project…"), tr("An empty project, named and saved at once"),
                              &StartPage::newRequested));
    actions->addWidget(
        button(tr("&Open project…"), tr("A Tigris project file"), &StartPage::openRequested));
    actions->addWidget(button(tr("&Import a file into a new project…"),
                              tr("CSV, ACLED, UCDP, GTD, GDELT, GeoJSON, KML/KMZ or TimelineJS"),
                              &StartPage::importRequested));
    actions->addWidget(button(tr("Open the &sample dataset"),
                              tr("The June 2014 offensive in northern Iraq (a working copy)"),
                              &StartPage::sampleRequested));
    actions->addStretch();

    recent_->setObjectName(QStringLiteral("startRecent"));
    recent_->setAccessibleName(tr("Recent projects"));
    connect(recent_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (item->flags() & Qt::ItemIsEnabled)
            emit recentRequested(item->data(Qt::UserRole).toString());
    });
    auto* recentBox = new QVBoxLayout;
    auto* recentTitle = new QLabel(tr("<b>Recent projects</b>"), this);
    recentTitle->setBuddy(recent_);
    recentBox->addWidget(recentTitle);
    recentBox->addWidget(recent_);

    auto* grid = new QGridLayout;
    grid->addWidget(title, 0, 0, 1, 2);
    grid->addLayout(actions, 1, 0);
    grid->addLayout(recentBox, 1, 1);
    grid->setColumnStretch(1, 1);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 32, 48, 32);
    outer->addLayout(grid);
}

void StartPage::setRecent(const QStringList& paths)
{
    recent_->clear();
    for (const QString& path : paths) {
        const QFileInfo fi(path);
        auto* item = new QListWidgetItem(
            QStringLiteral("%1\n%2").arg(fi.completeBaseName(), fi.absolutePath()), recent_);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
        if (!fi.exists()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("%1 (no longer there)").arg(path));
        }
    }
    if (paths.isEmpty()) {
        auto* none = new QListWidgetItem(tr("No recent projects"), recent_);
        none->setFlags(Qt::NoItemFlags);
    }
}
