#include "gis/OgrLayerList.h"

#include "gis/OgrDataset.h"
#include "gis/OgrLayerRows.h"

#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace OgrLayerList {

std::vector<OgrLayerInfo> of(const OgrDataset& dataset)
{
    std::vector<OgrLayerInfo> out;
    for (int i = 0; i < dataset.layerCount(); ++i) {
        OGRLayerH l = GDALDatasetGetLayer(dataset.handle(), i);
        OgrLayerInfo info;
        info.name = QString::fromUtf8(OGR_L_GetName(l));
        // Counted only where the format stores the count (not a scan of a CSV or a GML).
        info.features = OGR_L_GetFeatureCount(l, FALSE);
        info.geometry = QString::fromUtf8(OGRGeometryTypeToName(OGR_L_GetGeomType(l)));
        if (OGRSpatialReferenceH srs = OgrLayerRows::crsOf(l)) {
            const char* authority = OSRGetAuthorityName(srs, nullptr);
            const char* code = OSRGetAuthorityCode(srs, nullptr);
            info.crs = authority && code ? QStringLiteral("%1:%2").arg(QString::fromUtf8(authority),
                                                                       QString::fromUtf8(code))
                                         : QString::fromUtf8(OSRGetName(srs));
        }
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(l);
        for (int f = 0; f < OGR_FD_GetFieldCount(defn); ++f)
            info.fields << QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, f)));
        out.push_back(std::move(info));
    }
    return out;
}

std::vector<OgrLayerInfo> of(const QString& path)
{
    return of(OgrDataset(path));
}

} // namespace OgrLayerList
