#pragma once

#include "io/CsvMapping.h"
#include "io/CsvPreview.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QKeyEvent;
class QTableWidget;

// "Import with mapping…": the first rows of a CSV (as plain text), a role per column
// pre-filled by the import's own guesses (CsvInference: header names checked against the
// values), the date format and order, delimiter, header and encoding, and mappings saved by
// name (QSettings). Each preview row is mapped as the import would map it, and its last column
// shows the result: the date as it will be stored (with its precision), the position or "no
// position", the title (marked when derived) — or why the row would be rejected. A date column
// that no row settles (1/7/2006) must be given an order before Import is enabled. Return in a
// field never starts the import. A GIS file (Shapefile, GeoPackage, GPX, …: GisFormats) shows
// its layers with their feature counts and geometry types instead of the CSV options, and the
// chosen layer's fields take the same roles.
class CsvMappingDialog : public QDialog {
    Q_OBJECT
  public:
    explicit CsvMappingDialog(const QString& sourcePath, QWidget* parent = nullptr);

    CsvMapping mapping() const;
    void setMapping(const CsvMapping& mapping); // e.g. a saved one
    QComboBox* roleCombo(int column) const;     // the role of a preview column
    QTableWidget* preview() const { return table_; }
    QComboBox* layerCombo() const { return layer_; } // null for a CSV
    int rejectedRows() const { return rejected_; }   // among the preview's data rows
    QString problem() const { return problem_; }     // why OK is disabled; empty if it is not
    QString guesses() const;                         // what was guessed, as the dialog shows it

    // Mappings saved by name in QSettings (group "csvMappings").
    static QStringList savedNames();
    static void save(const QString& name, const CsvMapping& mapping);
    static std::optional<CsvMapping> load(const QString& name);
    static void remove(const QString& name);

  protected:
    void keyPressEvent(QKeyEvent* event) override;

  private:
    void reload();      // reads the preview again (delimiter, header, encoding or layer changed)
    void readPreview(); // the CSV's first rows, or the GIS layer's first features
    void validate();    // checks the preview rows against the current roles
    void refreshSaved();
    int dataStart() const;
    QByteArray csvFieldBytes(int column) const; // the header's field

    QString path_;
    CsvPreview preview_;
    QComboBox* delimiter_;
    QCheckBox* header_;
    QComboBox* encoding_;
    QComboBox* dateFormat_;
    QComboBox* dateOrder_;
    QLabel* guesses_;
    QStringList guessNotes_; // CsvInference's, from the last reload
    QComboBox* saved_;
    QTableWidget* table_;
    QLabel* status_;
    QDialogButtonBox* buttons_;
    QList<QComboBox*> roles_;
    QComboBox* layer_ = nullptr;
    std::vector<QString> notes_; // per preview data row: why it is no event (a GIS line)
    std::optional<CsvMapping> gisGuess_;
    int rejected_ = 0;
    QString problem_;
    bool loading_ = false;
};
