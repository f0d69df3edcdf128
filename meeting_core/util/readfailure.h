#pragma once

#include <QString>

namespace phonghop {

// A device whose reads can fail for a reason its reader cannot see: Poppler takes a short or
// failed read as the end of a stream and draws what it got. The device keeps its first failure
// (translated); whoever hands it to Poppler asks afterwards, and says so rather than show a page
// drawn from half its bytes (pdf/pdfdocument.cpp, trust/sealedfiledevice.h).
class ReadFailureSource {
public:
    virtual ~ReadFailureSource() = default;
    // Empty while every read has succeeded.
    virtual QString readFailure() const = 0;
};

} // namespace phonghop
