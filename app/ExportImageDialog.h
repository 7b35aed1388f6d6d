#pragma once

#include "compose/MapExport.h"

#include <QDialog>
#include <memory>

class EventStore;
class SnapshotRenderer;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// File → Export image…: size presets (screen, 4K, A4 and Letter at 300 dpi, custom up to
// 8192²), what to include, a title, a live preview drawn by the same painter as the file, and
// Copy to put the image at the chosen size on the clipboard. The project is read once, when
// the dialog opens: preview, Copy and save() draw with the same renderer.
class ExportImageDialog : public QDialog {
    Q_OBJECT
  public:
    ExportImageDialog(const EventStore& store, MapExportOptions base, QWidget* parent = nullptr);
    // From a renderer built on what the caller has loaded already (the main window's columns).
    ExportImageDialog(std::unique_ptr<SnapshotRenderer> renderer, MapExportOptions base,
                      QWidget* parent = nullptr);
    ~ExportImageDialog() override;
    MapExportOptions options() const;
    QString path() const;
    // Writes options() to path() from what the preview read; throws std::runtime_error.
    void save();

  private:
    void updatePreview();
    void choosePath();
    std::unique_ptr<SnapshotRenderer> renderer_;
    MapExportOptions base_;
    QComboBox* preset_;
    QSpinBox* width_;
    QSpinBox* height_;
    QCheckBox* timeline_;
    QCheckBox* legend_;
    QLineEdit* title_;
    QLineEdit* path_;
    QLabel* preview_;
};
