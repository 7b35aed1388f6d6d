#include "io/OgrAttributes.h"

#include <type_traits>

namespace {

// Event::attributes (a list of name → value pairs, schema v5) is being added beside this work
// (issue 13). Until it is in the model, nothing is kept, and these two switch over by
// themselves when it is: the only code that touches it.
template <typename E> void append(E& e, const QString& name, const QString& value)
{
    if constexpr (requires { e.attributes.append({name, value}); })
        e.attributes.append({name, value});
}

template <typename E> QList<QPair<QString, QString>> listOf(const E& e)
{
    QList<QPair<QString, QString>> out;
    if constexpr (requires { e.attributes; })
        for (const auto& a : e.attributes)
            out.append({a.first, a.second});
    return out;
}

template <typename E> constexpr bool hasAttributes = requires(E e)
{
    e.attributes;
};

} // namespace

void keepUnmappedFields(Event& e, const QStringList& names, const std::vector<QByteArray>& fields,
                        const std::vector<bool>& consumed)
{
    static const QString prefix = QStringLiteral("attribute:");
    for (std::size_t i = 0; i < fields.size() && i < std::size_t(names.size()); ++i) {
        if ((i < consumed.size() && consumed[i]) || fields[i].isEmpty()) continue;
        QString name = names[qsizetype(i)];
        if (name == QLatin1String("geometry latitude") ||
            name == QLatin1String("geometry longitude"))
            continue;
        if (name.startsWith(prefix)) name = name.mid(prefix.size());
        append(e, name, QString::fromUtf8(fields[i]));
    }
}

QList<QPair<QString, QString>> eventAttributes(const Event& e)
{
    return listOf(e);
}

bool eventsHaveAttributes()
{
    return hasAttributes<Event>;
}
