#include "WindowStatus.h"

#include "MapWidget.h"
#include "model/ProjectInfo.h"
#include "model/ViewState.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <cmath>

WindowStatus::WindowStatus(QStatusBar* bar, MapWidget* map, ViewState* view)
    : QObject(bar), bar_(bar), cursor_(new QLabel(bar)), hint_(new QLabel(bar)),
      count_(new QLabel(bar))
{
    bar_->addWidget(cursor_);
    hint_->setObjectName(QStringLiteral("modeHint"));
    bar_->addWidget(hint_, 1);
    connect(map, &MapWidget::modeHint, hint_, &QLabel::setText);
    bar_->addPermanentWidget(count_);
    connect(map, &MapWidget::cursorMoved, this, [this, map](double lat, double lon) {
        cursor_->setText(QStringLiteral("%1° %2, %3° %4   zoom %5")
                             .arg(std::abs(lat), 0, 'f', 4)
                             .arg(lat >= 0 ? QLatin1Char('N') : QLatin1Char('S'))
                             .arg(std::abs(lon), 0, 'f', 4)
                             .arg(lon >= 0 ? QLatin1Char('E') : QLatin1Char('W'))
                             .arg(map->viewport().zoom(), 0, 'f', 1));
    });
    connect(view, &ViewState::visibilityChanged, this, [this, view] {
        count_->setText(tr("%1 of %2 events in the window")
                            .arg(QLocale().toString(qulonglong(view->visibleCount())),
                                 QLocale().toString(qulonglong(view->columns()->size()))));
    });
    connect(view, &ViewState::selectionChanged, this, [this, view] {
        if (const std::size_t n = view->selection().size(); n > 1)
            bar_->showMessage(tr("%n events selected", nullptr, int(n)), 4000);
    });
}

void WindowStatus::showProject(const ProjectInfo& info)
{
    count_->setText(tr("%1 events · %2 places")
                        .arg(QLocale().toString(qlonglong(info.events)),
                             QLocale().toString(qlonglong(info.locations))));
}
