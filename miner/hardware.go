package miner

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/agora-net/agora/scoring"
	"github.com/agora-net/agora/validator/ledger"
)

// GPU is one graphics card as nvidia-smi reports it.
type GPU struct {
	Name      string `json:"name"`
	MemoryMiB uint64 `json:"memory_mib"`
}

// Hardware is what a miner runs on and the class it claims from it.
type Hardware struct {
	CPUModel    string `json:"cpu_model"`
	Cores       int    `json:"cores"`
	MemoryBytes uint64 `json:"memory_bytes"`
	GPUs        []GPU  `json:"gpus"`
	// Class is the claimed hardware class (scoring.DefaultHardwareClasses):
	// scoring.GPUClass of the largest GPU's memory, or "cpu".
	Class string `json:"class"`
}

// ClassOf returns the hardware class claimed for gpus: the class of the
// GPU with the most memory, or scoring.ClassCPU without one.
func ClassOf(gpus []GPU) string {
	var most uint64
	for _, g := range gpus {
		most = max(most, g.MemoryMiB)
	}
	if len(gpus) == 0 {
		return scoring.ClassCPU
	}
	return scoring.GPUClass(most)
}

// Declaration is h as the ledger's register and serve_axon carry it, its
// names cut to the ledger's limits and cleared of control characters.
func (h Hardware) Declaration() *ledger.Hardware {
	d := &ledger.Hardware{Class: h.Class, CPUModel: declaredLabel(h.CPUModel), Cores: uint32(min(max(h.Cores, 0), ledger.MaxCores)),
		MemoryBytes: h.MemoryBytes}
	for _, g := range h.GPUs[:min(len(h.GPUs), ledger.MaxGPUs)] {
		name := declaredLabel(g.Name)
		if name == "" {
			name = "unknown GPU"
		}
		d.GPUs = append(d.GPUs, ledger.GPU{Name: name, MemoryMiB: g.MemoryMiB})
	}
	return d
}

// declaredLabel is s with control characters as spaces, cut to
// ledger.MaxHardwareNameLen bytes of valid UTF-8.
func declaredLabel(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, ""))
	if len(s) > ledger.MaxHardwareNameLen {
		s = strings.ToValidUTF8(s[:ledger.MaxHardwareNameLen], "")
	}
	return s
}

// WithFakeGPU returns h claiming an 80 GB data-centre GPU it does not have,
// as the adversarial devnet's fake-gpu miner does.
func WithFakeGPU(h Hardware) Hardware {
	h.GPUs = []GPU{{Name: "NVIDIA H100 80GB HBM3", MemoryMiB: 81559}}
	h.Class = ClassOf(h.GPUs)
	return h
}

// ProbeEnv is what Probe reads the machine through; tests replace it.
type ProbeEnv struct {
	// LookPath finds an executable (exec.LookPath).
	LookPath func(name string) (string, error)
	// Output runs a command and returns its standard output.
	Output func(ctx context.Context, name string, args ...string) ([]byte, error)
	// ReadFile reads a file (os.ReadFile).
	ReadFile func(path string) ([]byte, error)
	// NumCPU is the logical CPU count used when /proc/cpuinfo has none.
	NumCPU func() int
}

// DefaultProbeEnv returns the environment of the running machine.
func DefaultProbeEnv() ProbeEnv {
	return ProbeEnv{
		LookPath: exec.LookPath,
		Output: func(ctx context.Context, name string, args ...string) ([]byte, error) {
			return exec.CommandContext(ctx, name, args...).Output()
		},
		ReadFile: os.ReadFile,
		NumCPU:   runtime.NumCPU,
	}
}

// probeTimeout bounds the nvidia-smi call.
const probeTimeout = 10 * time.Second

// Probe describes the machine: its GPUs from `nvidia-smi
// --query-gpu=name,memory.total --format=csv,noheader` when nvidia-smi is
// on the PATH, and always the CPU model and core count (/proc/cpuinfo) and
// the memory (/proc/meminfo). A failing nvidia-smi is an error (a miner
// that has one should not silently claim the cpu class); unreadable /proc
// files leave their fields empty, with the core count from NumCPU.
func Probe(ctx context.Context, env ProbeEnv) (Hardware, error) {
	var h Hardware
	if path, err := env.LookPath("nvidia-smi"); err == nil {
		ctx, cancel := context.WithTimeout(ctx, probeTimeout)
		out, err := env.Output(ctx, path, "--query-gpu=name,memory.total", "--format=csv,noheader")
		cancel()
		if err != nil {
			return Hardware{}, fmt.Errorf("miner: probe: nvidia-smi: %w", err)
		}
		if h.GPUs, err = ParseNvidiaSMI(out); err != nil {
			return Hardware{}, err
		}
	}
	if data, err := env.ReadFile("/proc/cpuinfo"); err == nil {
		h.CPUModel, h.Cores = ParseCPUInfo(data)
	}
	if h.Cores == 0 {
		h.Cores = env.NumCPU()
	}
	if data, err := env.ReadFile("/proc/meminfo"); err == nil {
		h.MemoryBytes, _ = ParseMemInfo(data)
	}
	h.Class = ClassOf(h.GPUs)
	return h, nil
}

// ParseNvidiaSMI parses nvidia-smi's CSV answer to the GPU query, one GPU
// a line: "NVIDIA GeForce RTX 4090, 24564 MiB" (the unit may be absent, as
// with nounits; "GiB" is converted). Blank lines are skipped; any other
// line that does not parse is an error.
func ParseNvidiaSMI(out []byte) ([]GPU, error) {
	var gpus []GPU
	sc := bufio.NewScanner(bytes.NewReader(out))
	for ln := 1; sc.Scan(); ln++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		i := strings.LastIndexByte(line, ',')
		if i < 0 {
			return nil, fmt.Errorf("miner: nvidia-smi line %d: %q has no comma", ln, line)
		}
		name, mem := strings.TrimSpace(line[:i]), strings.TrimSpace(line[i+1:])
		mult := uint64(1)
		switch {
		case strings.HasSuffix(mem, "MiB"):
			mem = strings.TrimSpace(strings.TrimSuffix(mem, "MiB"))
		case strings.HasSuffix(mem, "GiB"):
			mem, mult = strings.TrimSpace(strings.TrimSuffix(mem, "GiB")), 1024
		}
		mib, err := strconv.ParseUint(mem, 10, 64)
		if name == "" || err != nil || mib > 1<<40 {
			return nil, fmt.Errorf("miner: nvidia-smi line %d: %q is not \"name, memory MiB\"", ln, line)
		}
		gpus = append(gpus, GPU{Name: name, MemoryMiB: mib * mult})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("miner: nvidia-smi: %w", err)
	}
	return gpus, nil
}

// ParseCPUInfo returns the first "model name" of /proc/cpuinfo and the
// number of "processor" entries (logical CPUs).
func ParseCPUInfo(data []byte) (model string, cores int) {
	for line := range strings.Lines(string(data)) {
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		switch strings.TrimSpace(key) {
		case "processor":
			cores++
		case "model name":
			if model == "" {
				model = strings.TrimSpace(val)
			}
		}
	}
	return model, cores
}

// ParseMemInfo returns MemTotal of /proc/meminfo in bytes.
func ParseMemInfo(data []byte) (uint64, error) {
	for line := range strings.Lines(string(data)) {
		rest, ok := strings.CutPrefix(line, "MemTotal:")
		if !ok {
			continue
		}
		f := strings.Fields(rest)
		if len(f) == 0 {
			break
		}
		kb, err := strconv.ParseUint(f[0], 10, 64)
		if err != nil || (len(f) > 1 && f[1] != "kB") {
			break
		}
		return kb * 1024, nil
	}
	return 0, errors.New("miner: /proc/meminfo has no MemTotal in kB")
}
