#pragma once

#include <span>

// Every command of the command line by name, with its one-line summary: the overview of
// `tigris --help`, which the launcher prints without loading the application module, and the
// summary of each command's own help. The commands' definitions (Cli*Commands.cpp) take their
// summary and `draws` from here (Cli::allCommands); a test checks that the two lists agree.
struct CliCatalogEntry {
    const char* name;
    const char* summary;
    bool draws; // lays out text or widgets: needs a GUI application object
    bool light; // runs in the launcher itself (CliReadCommands.cpp): no Qt Gui, no widgets
};

namespace CliCatalog {
std::span<const CliCatalogEntry> entries(); // in the order of the overview
const CliCatalogEntry* find(const char* name);
} // namespace CliCatalog
