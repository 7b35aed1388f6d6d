#include "io/OgrAttributes.h"

void keepUnmappedFields(Event& e, const QStringList& names, const std::vector<QByteArray>& fields,
                        const std::vector<bool>& consumed)
{
    // Event::attributes (schema v5) is not in this branch yet: nothing is kept until it is.
    (void)e;
    (void)names;
    (void)fields;
    (void)consumed;
}
