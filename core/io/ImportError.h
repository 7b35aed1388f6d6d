#pragma once

// ImportError is a member of the error family (base/Error.h), which lives in the lowest layer so
// that every layer (annotations' exchange formats too) can throw and catch it.
#include "base/Error.h"
