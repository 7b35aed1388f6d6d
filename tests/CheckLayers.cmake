# Fails on an #include "folder/..." in core/ that goes against the layers declared in
# core/CMakeLists.txt (tigris_layer): a layer may include its own folder and the layers it
# depends on, directly or through others; nothing above it. Headers are scanned too, so a
# header-only back-edge, which links fine, is caught as well.
#
# cmake -DCORE_DIR=core -DLAYERS_FILE=build/core/layers.txt -P tests/CheckLayers.cmake
# LAYERS_FILE holds a line "folder: dependency ..." per layer, lowest first.
cmake_minimum_required(VERSION 3.21)

if(NOT CORE_DIR OR NOT LAYERS_FILE)
  message(FATAL_ERROR "usage: cmake -DCORE_DIR=DIR -DLAYERS_FILE=FILE -P CheckLayers.cmake")
endif()
get_filename_component(CORE_DIR ${CORE_DIR} ABSOLUTE)

file(STRINGS ${LAYERS_FILE} lines)
set(layers)
foreach(line ${lines})
  string(REGEX MATCH "^([A-Za-z0-9_]+):(.*)$" matched "${line}")
  if(NOT matched)
    message(FATAL_ERROR "${LAYERS_FILE}: cannot read '${line}'")
  endif()
  set(layer ${CMAKE_MATCH_1})
  string(STRIP "${CMAKE_MATCH_2}" deps)
  separate_arguments(deps UNIX_COMMAND "${deps}")
  # What a layer may include: itself and, through each dependency, all that one may include.
  set(allowed_${layer} ${layer})
  foreach(dep ${deps})
    if(NOT dep IN_LIST layers)
      message(FATAL_ERROR "${LAYERS_FILE}: '${layer}' depends on '${dep}', not a layer below it")
    endif()
    list(APPEND allowed_${layer} ${allowed_${dep}})
  endforeach()
  list(REMOVE_DUPLICATES allowed_${layer})
  list(APPEND layers ${layer})
endforeach()

set(faults)
file(GLOB entries RELATIVE ${CORE_DIR} ${CORE_DIR}/*)
foreach(entry ${entries})
  if(IS_DIRECTORY ${CORE_DIR}/${entry} AND NOT entry IN_LIST layers)
    list(APPEND faults "core/${entry}/ is no layer: declare it with tigris_layer()")
  endif()
endforeach()

set(scanned 0)
foreach(layer ${layers})
  file(GLOB_RECURSE files RELATIVE ${CORE_DIR} ${CORE_DIR}/${layer}/*.h ${CORE_DIR}/${layer}/*.cpp)
  list(SORT files)
  foreach(file ${files})
    math(EXPR scanned "${scanned} + 1")
    file(STRINGS ${CORE_DIR}/${file} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"[^\"]*/")
    foreach(include ${includes})
      string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]*)\".*$" "\\1" path "${include}")
      string(REGEX REPLACE "/.*$" "" folder "${path}")
      if(NOT folder IN_LIST allowed_${layer})
        string(REPLACE ";" ", " may "${allowed_${layer}}")
        list(APPEND faults "core/${file} includes \"${path}\": ${layer} may include only ${may}")
      endif()
    endforeach()
  endforeach()
endforeach()

if(faults)
  list(LENGTH faults count)
  string(REPLACE ";" "\n  " text "${faults}")
  message(FATAL_ERROR "${count} include(s) against the core's layers:\n  ${text}\n"
                      "Move the code to the layer it belongs to (docs/architecture.md).")
endif()
list(LENGTH layers count)
message(STATUS "core layers: ${scanned} files in ${count} layers include only downwards")
