// The application module, lib/tigris/libtigris_app.so: the window and the commands that import,
// draw or export, with Qt Gui, Qt Widgets and everything they load. The launcher (app/main.cpp)
// loads it only for them, so that `tigris --help`, `info` and `query` start without it. The
// module holds its own copy of the core and exports nothing but this entry point.
#include "AppMain.h"

extern "C" __attribute__((visibility("default"))) int tigris_app_main(int argc, char** argv)
{
    return appMain(argc, argv);
}
