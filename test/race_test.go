//go:build race

package test

// raceEnabled reports whether the test binary runs under the race detector.
const raceEnabled = true
