#include "base/Error.h"

namespace tigris {

Error::Error(const QString& message, qint64 line)
    : std::runtime_error(message.toStdString()), line_(line)
{
}

QString Error::message() const
{
    return QString::fromStdString(what());
}

} // namespace tigris
