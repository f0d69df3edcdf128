#pragma once

#include <QList>

namespace phonghop::bench {

// Order statistics of timed samples, one definition for every benchmark (docs/benchmarks.md):
// the p-quantile (0 <= p <= 1) is the value at position p * (n - 1) of the samples sorted in
// ascending order, interpolated linearly between the two samples either side (R's type 7,
// NumPy's default, a spreadsheet's PERCENTILE.INC). So the median of an even count is the
// mean of the two middle samples, the 1-quantile is the largest sample, and a single sample
// is every quantile. An empty list gives 0, as a benchmark with nothing measured prints.
double quantile(QList<double> samples, double p);
double median(const QList<double> &samples);
double maximum(const QList<double> &samples);

} // namespace phonghop::bench
