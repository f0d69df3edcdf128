# Medians and percentiles, one definition for every benchmark; a library of its own so that
# tests/core checks it.
add_library(phonghop_benchstats STATIC bench/benchstats.h bench/benchstats.cpp)
target_include_directories(phonghop_benchstats PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(phonghop_benchstats PUBLIC Qt6::Core PRIVATE phonghop_warnings)
target_link_libraries(phonghop-bench PRIVATE phonghop_benchstats)

target_sources(phonghop-bench PRIVATE
  bench/benchmarks.h bench/benchmarks.cpp
  bench/publishbenchmark.cpp
  bench/syncbenchmark.cpp
  bench/searchbenchmark.cpp
  bench/votingbenchmark.cpp
  bench/sessionbenchmark.cpp
  bench/viewerbench.h
  bench/viewerbenchmark.cpp
  bench/viewergeneration.cpp
  bench/viewermeasurement.cpp
  bench/viewerlaunch.cpp
  bench/annotationbenchmark.cpp
  bench/enrolmentbenchmark.cpp
  bench/officebenchmark.cpp
  bench/statsbenchmark.cpp
  bench/confidentialbenchmark.cpp)

# Counts file-system operations under one folder (bench/fscount): linked into the benchmark and
# into the tests that bound a refresh's share operations, with its functions exported so that
# Qt's calls go through them too; a preloadable copy (LD_PRELOAD) for any other program.
add_library(phonghop_fscount OBJECT bench/fscount/fscount.h bench/fscount/fscount.cpp)
target_include_directories(phonghop_fscount PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/bench)
target_link_libraries(phonghop_fscount PUBLIC ${CMAKE_DL_LIBS})
target_link_options(phonghop_fscount INTERFACE
  "LINKER:--dynamic-list=${CMAKE_CURRENT_SOURCE_DIR}/bench/fscount/fscount.dynlist")
set_target_properties(phonghop_fscount PROPERTIES POSITION_INDEPENDENT_CODE ON)
add_library(phonghop_fscount_preload SHARED bench/fscount/fscount.cpp)
target_include_directories(phonghop_fscount_preload PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/bench)
target_link_libraries(phonghop_fscount_preload PRIVATE ${CMAKE_DL_LIBS})
target_link_libraries(phonghop-bench PRIVATE phonghop_fscount)
target_sources(phonghop-bench PRIVATE bench/scalebenchmark.cpp bench/scaleshare.h bench/scaleshare.cpp)
