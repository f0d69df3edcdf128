target_sources(phonghop-bench PRIVATE
  bench/benchmarks.h bench/benchmarks.cpp
  bench/publishbenchmark.cpp
  bench/syncbenchmark.cpp
  bench/searchbenchmark.cpp
  bench/votingbenchmark.cpp
  bench/sessionbenchmark.cpp
  bench/viewerbenchmark.cpp
  bench/annotationbenchmark.cpp
  bench/enrolmentbenchmark.cpp)
