#include "base/Error.h"

#include <QStringList>

namespace tigris {

Error::Error(const QString& reason, qint64 line) : Error(reason, ErrorContext{{}, line, 0, {}}) {}

Error::Error(const QString& reason, ErrorContext context)
    : std::runtime_error(std::string()), reason_(reason), context_(std::move(context))
{
    compose();
}

Error& Error::inFile(const QString& file)
{
    if (context_.file.isEmpty() && !file.isEmpty()) {
        context_.file = file;
        compose();
    }
    return *this;
}

void Error::compose()
{
    QStringList where;
    if (!context_.file.isEmpty()) where << context_.file;
    if (context_.line > 0) where << QStringLiteral("line %1").arg(context_.line);
    if (context_.column > 0) where << QStringLiteral("column %1").arg(context_.column);
    if (!context_.field.isEmpty()) where << context_.field;
    message_ = where.isEmpty() ? reason_
                               : where.join(QStringLiteral(", ")) + QStringLiteral(": ") + reason_;
    what_ = message_.toStdString();
}

} // namespace tigris
