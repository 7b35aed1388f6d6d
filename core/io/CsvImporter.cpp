#include "io/CsvImporter.h"

#include "io/CsvFamily.h"
#include "io/CsvRowMapper.h"
#include "io/ImportError.h"

namespace {

// Any CSV: roles by header names checked against the sample, or by a mapping; the dates of
// each column learnt from the sample (CsvInference), every row mapped by CsvRowMapper.
class CsvFormat final : public CsvFamilyFormat {
  public:
    CsvFormat(const std::optional<CsvMapping>& mapping, const Importer& importer)
        : mapping_(mapping), importer_(importer)
    {
    }
    char delimiter() const override { return mapping_ ? mapping_->delimiter : 0; }
    bool firstRecordIsHeader() const override { return !mapping_ || mapping_->hasHeader; }

    void begin(const CsvHeader& header, const CsvInference::Sample& sample, char delimiter,
               ImportReport& report) override
    {
        CsvInference::Choices choices;
        const QString order = !importer_.dateOrder.isEmpty() ? importer_.dateOrder
                              : mapping_                     ? mapping_->dateOrder
                                                             : QString();
        if (!order.isEmpty() && order != QLatin1String("auto")) {
            choices.dateOrder = DateColumn::orderFromName(order);
            if (!choices.dateOrder)
                throw ImportError(
                    QStringLiteral("--date-order '%1' is not dmy, mdy or ymd").arg(order));
        }
        choices.positionColumns = importer_.positionColumns;
        const QStringList& names = header.originalNames();
        CsvGuess guess;
        QString dateFormat = QStringLiteral("auto");
        if (mapping_) {
            dateFormat = mapping_->dateFormat;
            guess.columns = mapping_->resolve(mapping_->hasHeader ? names : QStringList());
            CsvInference::learnDates(guess, sample, choices);
        } else {
            guess = CsvInference::guess(header, sample, choices);
        }
        report.guesses = guess.toJson(names);
        if (const QString question = CsvInference::question(guess, names);
            !question.isEmpty() && dateFormat == QLatin1String("auto"))
            throw ImportError(question, 1);
        mapper_.emplace(guess.columns, dateFormat, delimiter == ';');
        mapper_->setDates(guess.start, guess.end);
        for (int c : guess.columns.at)
            if (c >= 0) used_ << c;
    }

    QList<int> roleColumns() const override { return used_; }

    bool map(const std::vector<QByteArray>& fields, CsvFamilyRow& row,
             QString* reason) const override
    {
        auto mapped = mapper_->map(fields, reason);
        if (!mapped) return false;
        row.event = std::move(mapped->event);
        row.country = mapped->country;
        row.admin1 = mapped->admin1;
        row.locationFromPlace = false; // a bare place name beside its coordinates
        using Position = FieldParsers::RowPosition;
        if (row.event.hasCoordinate()) {
            row.position = Position::Given;
        } else {
            row.place = row.event.locationName;
            row.position = mapped->nullIsland    ? Position::NullIsland
                           : row.place.isEmpty() ? Position::None
                                                 : Position::ByPlace;
        }
        return true;
    }

  private:
    const std::optional<CsvMapping>& mapping_;
    const Importer& importer_;
    std::optional<CsvRowMapper> mapper_;
    QList<int> used_;
};

} // namespace

ImportReport CsvImporter::run(QIODevice& source, EventStore::Writer& writer)
{
    CsvFormat csv(mapping_, *this);
    return runCsvFamily(*this, csv, source, writer);
}
