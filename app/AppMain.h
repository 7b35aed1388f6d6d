#pragma once

// The application: the window, and every command of the command line (Cli::run). The launcher
// (app/main.cpp) calls it through the application module (app/AppModule.cpp) for all but the
// light commands it runs itself.
int appMain(int argc, char** argv);
