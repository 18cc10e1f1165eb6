package rlhf

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// synthAnswers returns seeded synthetic binary-label data: tasks tasks with
// a true label each (yes with probability 0.6), perTask answers a task from
// distinct random workers, each worker right with a probability drawn from
// [0.55, 0.95] (a few adversaries at 0.3), and the true label as gold for
// every goldEvery-th task.
func synthAnswers(seed uint64, tasks, workers, perTask, goldEvery int) ([]Answer, map[string]Label, map[string]Label) {
	rng := rand.New(rand.NewPCG(seed, 1))
	yes, no := StringLabel("yes"), StringLabel("no")
	skill := make([]float64, workers)
	names := make([]string, workers)
	for w := range skill {
		skill[w] = 0.55 + 0.4*rng.Float64()
		if w%50 == 0 {
			skill[w] = 0.3
		}
		names[w] = fmt.Sprintf("w%04d", w)
	}
	answers := make([]Answer, 0, tasks*perTask)
	truth := make(map[string]Label, tasks)
	gold := map[string]Label{}
	picked := make([]int, 0, perTask)
	for t := range tasks {
		task := fmt.Sprintf("t%06d", t)
		truth[task] = no
		if rng.Float64() < 0.6 {
			truth[task] = yes
		}
		if goldEvery > 0 && t%goldEvery == 0 {
			gold[task] = truth[task]
		}
		picked = picked[:0]
		for len(picked) < perTask {
			w := rng.IntN(workers)
			dup := false
			for _, p := range picked {
				dup = dup || p == w
			}
			if dup {
				continue
			}
			picked = append(picked, w)
			l := truth[task]
			if rng.Float64() >= skill[w] {
				if l == yes {
					l = no
				} else {
					l = yes
				}
			}
			answers = append(answers, Answer{Worker: names[w], Task: task, Label: l})
		}
	}
	return answers, gold, truth
}

// BenchmarkDawidSkene1M runs Dawid–Skene with its defaults on 1,000,000
// answers over 100,000 tasks from 1,000 labelers (binary labels, 1% gold),
// interning included. Goal: ≤ 2 s per run on a 2-core machine.
func BenchmarkDawidSkene1M(b *testing.B) {
	answers, gold, truth := synthAnswers(7, 100_000, 1_000, 10, 100)
	b.ResetTimer()
	var agg *Aggregation
	for b.Loop() {
		var err error
		agg, err = DawidSkene(answers, gold, DefaultDawidSkene())
		if err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	right := 0
	for t, task := range agg.Tasks {
		if agg.Label(t) == truth[task] {
			right++
		}
	}
	b.ReportMetric(float64(agg.Iterations), "iterations")
	b.ReportMetric(float64(right)/float64(len(agg.Tasks)), "accuracy")
}
