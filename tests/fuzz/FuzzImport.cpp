// One libFuzzer target per import format: the format is fixed at compile time
// (TIGRIS_FUZZ_FORMAT) so that each parser gets its own corpus and coverage.
// Any exception other than ImportError, and any crash or sanitizer report, is a finding.

#include "io/ImportError.h"
#include "io/Importer.h"

#include <QBuffer>
#include <QByteArray>
#include <cstddef>
#include <cstdint>

namespace {

// Accepts every record and forgets it: the fuzzer exercises the parsers, not SQLite.
class DiscardingWriter final : public EventStore::Writer {
  public:
    qint64 addLocation(const Location&) override { return ++ids_; }
    qint64 findLocation(const QString&, const QString&) override { return 0; }
    qint64 addEvent(const Event&) override { return ++ids_; }
    void setCategoryColour(const QString&, QRgb) override {}
    void flush() override {}
    void commit() override {}

  private:
    qint64 ids_ = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    // "ogr_gpkg" and "ogr_shp" are the OGR importer fed two kinds of input.
    auto importer = makeImporter(QStringLiteral(TIGRIS_FUZZ_FORMAT).section(QLatin1Char('_'), 0, 0),
                                 QStringLiteral("fuzz." TIGRIS_FUZZ_EXTENSION), bytes.left(4096));
    if (!importer) __builtin_trap(); // the format named at build time must exist
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    DiscardingWriter writer;
    try {
        importer->run(buffer, writer);
    } catch (const ImportError&) {
        // A clear refusal is the expected answer to most mutated inputs.
    }
    return 0;
}
