#pragma once

#include "model/Event.h"

// "Battles in Mosul, 10 June 2014": a title made of what a record has (sub-category or
// category, place, date), for records without one. Importers mark such titles derived.
QString derivedTitle(const Event& e);
