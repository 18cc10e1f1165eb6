package rlhf

import (
	"slices"
	"strings"
)

// dataset is a set of answers with dense ids: tasks, workers and labels are
// numbered in sorted order (labels by CompareLabels), and the answers are
// grouped by task in compressed-row form, sorted by (task, worker, label).
// Results computed from it therefore do not depend on the order of the
// input answers.
type dataset struct {
	tasks   []string
	workers []string
	labels  []Label

	// start[t]..start[t+1] are task t's answers in worker and label.
	start  []int32
	worker []int32
	label  []int32

	// gold[t] is task t's gold label id, or -1; nil without gold labels.
	gold []int32
	// numGold counts the tasks with a gold label.
	numGold int
}

// numTasks, numWorkers and numLabels return the sizes of the id spaces.
func (d *dataset) numTasks() int   { return len(d.tasks) }
func (d *dataset) numWorkers() int { return len(d.workers) }
func (d *dataset) numLabels() int  { return len(d.labels) }

// newDataset interns answers. The gold labels of tasks that have answers
// join the label domain even when no answer gives them; gold labels of
// other tasks are ignored.
func newDataset(answers []Answer, gold map[string]Label) (*dataset, error) {
	n := len(answers)
	labels := newLabelSet()
	taskIDs := make(map[string]int32)
	workerIDs := make(map[string]int32)
	var tasks, workers []string
	at := make([]int32, n)
	aw := make([]int32, n)
	al := make([]int32, n)
	for i := range answers {
		a := &answers[i]
		t, ok := taskIDs[a.Task]
		if !ok {
			t = int32(len(tasks))
			taskIDs[a.Task] = t
			tasks = append(tasks, a.Task)
		}
		w, ok := workerIDs[a.Worker]
		if !ok {
			w = int32(len(workers))
			workerIDs[a.Worker] = w
			workers = append(workers, a.Worker)
		}
		l, err := labels.add(a.Label)
		if err != nil {
			return nil, err
		}
		at[i], aw[i], al[i] = t, w, l
	}
	var goldTasks []string
	for t := range gold {
		if _, ok := taskIDs[t]; ok {
			goldTasks = append(goldTasks, t)
		}
	}
	slices.Sort(goldTasks)
	goldOf := make([]int32, len(tasks)) // provisional ids
	for i := range goldOf {
		goldOf[i] = -1
	}
	for _, t := range goldTasks {
		l, err := labels.add(gold[t])
		if err != nil {
			return nil, err
		}
		goldOf[taskIDs[t]] = l
	}

	taskRank := sortedRank(tasks, strings.Compare)
	workerRank := sortedRank(workers, strings.Compare)
	labelRank := sortedRank(labels.labels, CompareLabels)
	d := &dataset{
		tasks:   permute(tasks, taskRank),
		workers: permute(workers, workerRank),
		labels:  permute(labels.labels, labelRank),
	}
	T, W, K := len(tasks), len(workers), len(labels.labels)

	// Two stable counting sorts: by (worker, label), then by task.
	key := make([]int32, n) // worker·K + label, in sorted ids
	for i := range n {
		key[i] = workerRank[aw[i]]*int32(K) + labelRank[al[i]]
		at[i] = taskRank[at[i]]
	}
	order := countingSort(key, W*K, nil)
	order = countingSort(at, T, order)

	d.start = make([]int32, T+1)
	d.worker = make([]int32, n)
	d.label = make([]int32, n)
	for j, i := range order {
		d.start[at[i]+1]++
		d.worker[j] = key[i] / int32(K)
		d.label[j] = key[i] % int32(K)
	}
	for t := range T {
		d.start[t+1] += d.start[t]
	}
	if gold != nil {
		d.gold = make([]int32, T)
		for t, l := range goldOf {
			if l >= 0 {
				l = labelRank[l]
				d.numGold++
			}
			d.gold[taskRank[t]] = l
		}
	}
	return d, nil
}

// sortedRank returns, for each element of s (in first-seen order), its
// index in s sorted by cmp. Elements are distinct.
func sortedRank[E any](s []E, cmp func(a, b E) int) []int32 {
	idx := make([]int32, len(s))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortFunc(idx, func(a, b int32) int { return cmp(s[a], s[b]) })
	rank := make([]int32, len(s))
	for r, i := range idx {
		rank[i] = int32(r)
	}
	return rank
}

// permute returns s with element i at position rank[i].
func permute[E any](s []E, rank []int32) []E {
	out := make([]E, len(s))
	for i, r := range rank {
		out[r] = s[i]
	}
	return out
}

// countingSort returns the indices of keys (each in [0, k)) in stable key
// order. When prev is not nil it is an order to refine: the result lists
// prev's indices stably sorted by key.
func countingSort(keys []int32, k int, prev []int32) []int32 {
	count := make([]int32, k+1)
	for _, key := range keys {
		count[key+1]++
	}
	for i := range k {
		count[i+1] += count[i]
	}
	out := make([]int32, len(keys))
	if prev == nil {
		for i, key := range keys {
			out[count[key]] = int32(i)
			count[key]++
		}
		return out
	}
	for _, i := range prev {
		key := keys[i]
		out[count[key]] = i
		count[key]++
	}
	return out
}
