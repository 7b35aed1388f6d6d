#pragma once

#include "render/MapExport.h"

#include <QDialog>

class EventStore;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// File → Export image…: size presets (screen, 4K, A4 and Letter at 300 dpi, custom up to
// 8192²), what to include, a title, and a live preview drawn by the same painter as the file.
class ExportImageDialog : public QDialog {
    Q_OBJECT
  public:
    ExportImageDialog(const EventStore& store, MapExportOptions base, QWidget* parent = nullptr);
    MapExportOptions options() const;
    QString path() const;

  private:
    void updatePreview();
    void choosePath();
    const EventStore& store_;
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
