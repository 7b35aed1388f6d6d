#include "EventDetailsPanel.h"

#include "model/ViewState.h"
#include "store/EventLookup.h"

#include <QUrl>

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString dateText(const Event& e)
{
    QString text = e.startDate().display();
    if (const auto end = e.endDate(); end && end->seconds != e.start)
        text += QStringLiteral(" – ") + end->display();
    if (e.approximate) text = QStringLiteral("c. ") + text;
    return text + QStringLiteral(" (%1 precision)").arg(toString(e.precision));
}
} // namespace

EventDetailsPanel::EventDetailsPanel(QWidget* parent) : QTextBrowser(parent)
{
    setOpenExternalLinks(true);
    setOpenLinks(true);
    setPlaceholderText(tr("Select an event on the map or in the list."));
}

void EventDetailsPanel::follow(const ViewState* view, const EventLookup* lookup)
{
    connect(view, &ViewState::selectionChanged, this, [this, view, lookup] {
        const auto& rows = view->selection();
        setEvent(rows.size() == 1 ? lookup->event(view->columns()->id[std::size_t(rows.front())])
                                  : std::nullopt);
    });
}

void EventDetailsPanel::setEvent(const std::optional<Event>& event)
{
    if (!event) {
        clear();
        return;
    }
    setHtml(html(*event));
}

QString EventDetailsPanel::html(const Event& e)
{
    QString h = QStringLiteral("<h3>%1</h3>").arg(esc(e.title));
    h += QStringLiteral("<p><b>%1</b></p>").arg(esc(dateText(e)));
    h += QStringLiteral("<table cellspacing='2'>");
    auto row = [&](const QString& k, const QString& v) {
        if (!v.isEmpty())
            h += QStringLiteral("<tr><td><i>%1</i></td><td>%2</td></tr>").arg(esc(k), esc(v));
    };
    QString place = e.locationName;
    if (e.geoPrecision != GeoPrecision::Exact)
        place += QStringLiteral(" (%1)").arg(
            e.geoPrecision == GeoPrecision::Near ? tr("near the place") : tr("region only"));
    row(tr("Place"), place);
    // Neither its own position nor its place's: on the timeline and in the list, not the map.
    row(tr("Position"), e.hasCoordinate()
                            ? QStringLiteral("%1, %2").arg(e.lat, 0, 'f', 4).arg(e.lon, 0, 'f', 4)
                            : tr("no position (not on the map)"));
    row(tr("Category"),
        e.subCategory.isEmpty() ? e.category : e.category + QStringLiteral(" / ") + e.subCategory);
    row(tr("Actors"), e.actors.join(QStringLiteral("; ")));
    row(tr("Fatalities"), e.fatalities ? QString::number(*e.fatalities) : tr("unknown"));
    if (e.titleDerived) row(tr("Title"), tr("derived (the source has none)"));
    h += QStringLiteral("</table>");
    if (!e.description.isEmpty())
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(e.description).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (!e.attributes.isEmpty()) { // the source's other fields, as plain text
        h += QStringLiteral("<p><b>%1</b></p><table cellspacing='2'>").arg(tr("Attributes"));
        for (const auto& [name, value] : e.attributes)
            row(name, value);
        h += QStringLiteral("</table>");
    }
    if (!e.sources.isEmpty()) {
        h += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Sources"));
        for (const auto& s : e.sources) {
            const QUrl url(s.url);
            QString item = esc(s.name);
            if (url.isValid() &&
                (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")))
                item = QStringLiteral("<a href=\"%1\">%2</a>")
                           .arg(esc(url.toString(QUrl::FullyEncoded)), item);
            if (!s.quote.isEmpty()) item += QStringLiteral("<br><i>“%1”</i>").arg(esc(s.quote));
            h += QStringLiteral("<li>%1</li>").arg(item);
        }
        h += QStringLiteral("</ul>");
    }
    return h;
}
