# Script mode (tests/layers/CMakeLists.txt): fails when a system library's header is included
# outside the one layer that links it.
#   SOURCE_DIR  the meeting_core directory
set(rules
  "sqlite3\\.h|store"
  "poppler|pdf"
  "sodium\\.h|trust"
  "openssl/|util")
file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/*.h ${SOURCE_DIR}/*.cpp)
set(wrong "")
foreach(source IN LISTS sources)
  file(STRINGS ${SOURCE_DIR}/${source} includes REGEX "^[ \t]*#[ \t]*include[ \t]*<")
  string(REGEX MATCH "^[^/]+" layer ${source})
  foreach(rule IN LISTS rules)
    string(REPLACE "|" ";" rule ${rule})
    list(GET rule 0 pattern)
    list(GET rule 1 owner)
    foreach(line IN LISTS includes)
      if(line MATCHES "<[^>]*${pattern}[^>]*>" AND NOT layer STREQUAL owner)
        string(APPEND wrong "  ${source}: ${line} (only ${owner}/ may)\n")
      endif()
    endforeach()
  endforeach()
endforeach()
if(wrong)
  message(FATAL_ERROR "System library headers outside their layer:\n${wrong}")
endif()
list(LENGTH sources count)
message(STATUS "${count} sources checked: SQLite in store/, Poppler in pdf/, libsodium in trust/, OpenSSL in util/")
