#include "gis/OgrPreviewReader.h"

#include "gis/OgrDataset.h"
#include "gis/OgrLayerList.h"
#include "gis/OgrLayerRows.h"
#include "io/ImportError.h"

OgrPreview OgrPreviewReader::read(const QString& path, const QString& layer, int maxRecords)
{
    OgrPreview p;
    try {
        const OgrDataset ds(path);
        const GdalQuietErrors quiet;
        p.layers = OgrLayerList::of(ds);
        if (p.layers.empty()) throw ImportError(QStringLiteral("the file has no layers"));
        p.layer = layer.isEmpty() ? p.layers.front().name : layer;
        OgrLayerRows rows(ds.layer(p.layer));
        p.guessed = rows.guessMapping();
        p.guessed.layer = p.layer;
        std::vector<QByteArray> header;
        for (const QString& n : rows.names())
            header.push_back(n.toUtf8());
        p.table.records.push_back(header);
        p.table.lines.push_back(0);
        while (int(p.table.records.size()) <= maxRecords && rows.next()) {
            QString note = rows.fault();
            bool point = false;
            for (const auto& part : rows.parts()) {
                if (part.kind == Annotation::Kind::Point && !point) {
                    rows.setPosition(part.vertices.first());
                    point = true;
                } else if (part.kind != Annotation::Kind::Point && note.isEmpty()) {
                    note = part.kind == Annotation::Kind::Polyline
                               ? QStringLiteral("a line: becomes an annotation")
                               : QStringLiteral("an area: becomes an annotation");
                }
            }
            p.table.records.push_back(rows.fields());
            p.table.lines.push_back(rows.fid());
            p.notes.push_back(note);
        }
    } catch (const ImportError& e) {
        p.table.error = e.message();
    }
    return p;
}
