package miner

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func fixtureFile(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestParseNvidiaSMI(t *testing.T) {
	tests := []struct {
		file  string
		want  []GPU
		class string
	}{
		{"nvidia-smi-4090.txt", []GPU{{"NVIDIA GeForce RTX 4090", 24564}}, "gpu-24gb"},
		{"nvidia-smi-multi.txt", []GPU{{"NVIDIA H100 80GB HBM3", 81559}, {"NVIDIA H100 80GB HBM3", 81559}, {"NVIDIA A10G", 23028}}, "gpu-80gb"},
		{"nvidia-smi-nounits.txt", []GPU{{"Tesla T4", 15360}}, "gpu-8gb"},
	}
	for _, tt := range tests {
		got, err := ParseNvidiaSMI(fixtureFile(t, tt.file))
		if err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %+v, %v; want %+v", tt.file, got, err, tt.want)
		}
		if c := ClassOf(got); c != tt.class {
			t.Errorf("%s: class %q, want %q", tt.file, c, tt.class)
		}
	}
	for _, bad := range []string{"nvidia-smi-nodriver.txt"} {
		if _, err := ParseNvidiaSMI(fixtureFile(t, bad)); err == nil {
			t.Errorf("%s: parsed", bad)
		}
	}
	for _, bad := range []string{", 1000 MiB", "GPU, lots MiB", "GPU, -5 MiB"} {
		if _, err := ParseNvidiaSMI([]byte(bad)); err == nil {
			t.Errorf("%q: parsed", bad)
		}
	}
	if got, err := ParseNvidiaSMI([]byte("A, 2 GiB\n")); err != nil || got[0].MemoryMiB != 2048 {
		t.Errorf("GiB: %+v, %v", got, err)
	}
	if got, _ := ParseNvidiaSMI(nil); len(got) != 0 || ClassOf(got) != "cpu" {
		t.Errorf("no output: %+v", got)
	}
}

func TestParseProc(t *testing.T) {
	model, cores := ParseCPUInfo(fixtureFile(t, "cpuinfo-epyc.txt"))
	if model != "AMD EPYC" || cores != 2 {
		t.Errorf("cpuinfo: %q, %d cores", model, cores)
	}
	mem, err := ParseMemInfo(fixtureFile(t, "meminfo.txt"))
	if err != nil || mem != 24684096*1024 {
		t.Errorf("meminfo: %d, %v", mem, err)
	}
	for _, bad := range []string{"", "MemFree: 5 kB\n", "MemTotal: lots kB\n", "MemTotal: 5 MB\n"} {
		if _, err := ParseMemInfo([]byte(bad)); err == nil {
			t.Errorf("meminfo %q: parsed", bad)
		}
	}
}

// fakeEnv is a ProbeEnv over fixture files; smi is nvidia-smi's output
// file, "" when there is no nvidia-smi.
func fakeEnv(t *testing.T, smi string, smiErr error) ProbeEnv {
	return ProbeEnv{
		LookPath: func(name string) (string, error) {
			if smi == "" && smiErr == nil {
				return "", errors.New("not found")
			}
			return "/usr/bin/" + name, nil
		},
		Output: func(_ context.Context, name string, args ...string) ([]byte, error) {
			if name != "/usr/bin/nvidia-smi" || strings.Join(args, " ") != "--query-gpu=name,memory.total --format=csv,noheader" {
				t.Errorf("ran %s %v", name, args)
			}
			if smiErr != nil {
				return nil, smiErr
			}
			return fixtureFile(t, smi), nil
		},
		ReadFile: func(path string) ([]byte, error) {
			switch path {
			case "/proc/cpuinfo":
				return fixtureFile(t, "cpuinfo-epyc.txt"), nil
			case "/proc/meminfo":
				return fixtureFile(t, "meminfo.txt"), nil
			}
			return nil, os.ErrNotExist
		},
		NumCPU: func() int { return 99 },
	}
}

func TestProbe(t *testing.T) {
	h, err := Probe(context.Background(), fakeEnv(t, "", nil))
	if err != nil || h.Class != "cpu" || h.CPUModel != "AMD EPYC" || h.Cores != 2 || h.MemoryBytes != 24684096*1024 || len(h.GPUs) != 0 {
		t.Errorf("CPU machine: %+v, %v", h, err)
	}
	h, err = Probe(context.Background(), fakeEnv(t, "nvidia-smi-4090.txt", nil))
	if err != nil || h.Class != "gpu-24gb" || len(h.GPUs) != 1 || h.Cores != 2 {
		t.Errorf("GPU machine: %+v, %v", h, err)
	}
	if _, err := Probe(context.Background(), fakeEnv(t, "", errors.New("exit status 9"))); err == nil || !strings.Contains(err.Error(), "nvidia-smi") {
		t.Errorf("failing nvidia-smi: %v", err)
	}
	env := fakeEnv(t, "", nil)
	env.ReadFile = func(string) ([]byte, error) { return nil, os.ErrNotExist }
	if h, err := Probe(context.Background(), env); err != nil || h.Cores != 99 || h.CPUModel != "" {
		t.Errorf("without /proc: %+v, %v", h, err)
	}
	// The machine this runs on: whatever it has, the probe answers.
	if h, err := Probe(context.Background(), DefaultProbeEnv()); err != nil || h.Cores < 1 || h.Class == "" {
		t.Logf("this machine: %+v, %v", h, err)
	}
	fake := WithFakeGPU(h)
	if fake.Class != "gpu-80gb" || len(fake.GPUs) != 1 || fake.Cores != h.Cores {
		t.Errorf("WithFakeGPU: %+v", fake)
	}
}

// A probed description always makes a declaration the ledger accepts.
func TestHardwareDeclaration(t *testing.T) {
	h := Hardware{CPUModel: "AMD\tEPYC\x00 " + strings.Repeat("é", 100), Cores: -1, MemoryBytes: 5,
		GPUs: []GPU{{Name: "", MemoryMiB: 1}, {Name: "NVIDIA L4", MemoryMiB: 23034}}, Class: "gpu-16gb"}
	d := h.Declaration()
	if err := d.Validate(); err != nil {
		t.Fatalf("declaration %+v: %v", d, err)
	}
	if d.Class != "gpu-16gb" || d.Cores != 0 || len(d.GPUs) != 2 || d.GPUs[1].Name != "NVIDIA L4" || !strings.HasPrefix(d.CPUModel, "AMD EPYC  é") {
		t.Errorf("declaration %+v", d)
	}
	if d := WithFakeGPU(Hardware{Class: "cpu"}).Declaration(); d.Class != "gpu-80gb" || d.Validate() != nil {
		t.Errorf("fake GPU declaration %+v", d)
	}
}
