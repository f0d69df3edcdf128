// The one definition of medians and percentiles the benchmarks print (app/bench/benchstats.h).
#include "bench/benchstats.h"

#include <catch2/catch.hpp>

using namespace phonghop::bench;

TEST_CASE("benchstats: the median of an odd count is the middle sample, whatever the order")
{
    CHECK(median({ 9.0, 1.0, 5.0 }) == 5.0);
    CHECK(median({ 3.0, 3.0, 1.0, 8.0, 7.0 }) == 3.0);
}

TEST_CASE("benchstats: the median of an even count is the mean of the two middle samples")
{
    CHECK(median({ 4.0, 1.0, 3.0, 2.0 }) == 2.5);
    CHECK(median({ 10.0, 20.0 }) == 15.0);
}

TEST_CASE("benchstats: percentiles interpolate between the samples either side")
{
    const QList<double> samples { 50.0, 10.0, 40.0, 20.0, 30.0 }; // sorted: 10 20 30 40 50
    CHECK(quantile(samples, 0.0) == 10.0);
    CHECK(quantile(samples, 0.25) == 20.0); // position 1
    CHECK(quantile(samples, 0.95) == Approx(48.0)); // position 3.8: 40 + 0.8 * 10
    CHECK(quantile(samples, 1.0) == 50.0);
    CHECK(quantile(samples, 0.5) == median(samples));
}

TEST_CASE("benchstats: p95 of 20 samples lies between the 19th and the 20th")
{
    QList<double> samples;
    for (int i = 1; i <= 20; ++i)
        samples.append(i);
    CHECK(quantile(samples, 0.95) == Approx(19.05)); // position 18.05
}

TEST_CASE("benchstats: one sample is every quantile, none gives 0")
{
    CHECK(quantile({ 7.0 }, 0.0) == 7.0);
    CHECK(quantile({ 7.0 }, 0.95) == 7.0);
    CHECK(median({}) == 0.0);
    CHECK(quantile({}, 0.95) == 0.0);
    CHECK(maximum({}) == 0.0);
}

TEST_CASE("benchstats: the maximum is the largest sample and the 1-quantile")
{
    const QList<double> samples { 3.0, 12.5, 7.0 };
    CHECK(maximum(samples) == 12.5);
    CHECK(quantile(samples, 1.0) == 12.5);
}
