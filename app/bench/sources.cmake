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
  bench/officebenchmark.cpp)
