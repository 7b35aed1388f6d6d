#pragma once

#include "model/EventActors.h"
#include "model/EventColumns.h"
#include "store/EventLookup.h"
#include "store/EventStore.h"

#include <memory>

// The project a main window has open: its store (null before the first), the columns loaded
// once for every view, the actors (filled in by ActorLoader after opening) and the lookup the
// views read single events through. The window's parts share it by reference.
struct OpenProject {
    std::unique_ptr<EventStore> store;
    EventColumns columns;
    EventActors actors;
    EventLookup lookup;
};
