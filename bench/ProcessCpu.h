#pragma once
// CPU time of the whole process (every thread), for the benchmarks: on a machine shared with
// busy neighbours the wall time overstates what the work costs, so both are printed.
#include <ctime>

inline double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}
