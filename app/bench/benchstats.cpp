#include "bench/benchstats.h"

#include <algorithm>
#include <cmath>

namespace phonghop::bench {

double quantile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const double position = std::clamp(p, 0.0, 1.0) * static_cast<double>(samples.size() - 1);
    const auto below = static_cast<qsizetype>(std::floor(position));
    const qsizetype above = std::min(below + 1, samples.size() - 1);
    const double fraction = position - static_cast<double>(below);
    return samples.at(below) + fraction * (samples.at(above) - samples.at(below));
}

double median(const QList<double> &samples)
{
    return quantile(samples, 0.5);
}

double maximum(const QList<double> &samples)
{
    return samples.isEmpty() ? 0 : *std::max_element(samples.cbegin(), samples.cend());
}

} // namespace phonghop::bench
