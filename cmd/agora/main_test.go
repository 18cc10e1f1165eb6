package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/spf13/viper"
)

// agora runs the command line args in-process with stdin as standard input
// and returns the exit code and what was written to stdout and stderr.
func agora(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	t.Logf("agora %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), code, out.String(), errOut.String())
	return code, out.String(), errOut.String()
}

// clearEnv unsets the AGORA_* variables these tests read, for the test's
// duration.
func clearEnv(t *testing.T) {
	t.Helper()
	for _, name := range []string{"AGORA_LOG_LEVEL", "AGORA_LOG_FORMAT"} {
		t.Setenv(name, "")
		os.Unsetenv(name)
	}
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestVersion(t *testing.T) {
	clearEnv(t)
	code, out, errOut := agora(t, "", "version")
	if code != exitOK || errOut != "" {
		t.Fatalf("got exit %d, stderr %q; want 0 and empty stderr", code, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if got, want := lines[0], "agora "+version; got != want {
		t.Errorf("got first line %q, want %q", got, want)
	}
	if len(lines) < 2 || lines[1] != "go: "+runtime.Version() {
		t.Errorf("got %q, want a second line %q", out, "go: "+runtime.Version())
	}

	code, out, _ = agora(t, "", "version", "--json")
	if code != exitOK {
		t.Fatalf("got exit %d, want 0", code)
	}
	var got map[string]string
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("version --json: %v", err)
	}
	for _, key := range []string{"version", "go", "revision"} {
		if _, ok := got[key]; !ok {
			t.Errorf("version --json lacks key %q: %s", key, out)
		}
	}
	if got["version"] != version || got["go"] != runtime.Version() {
		t.Errorf("got %v, want version %q and go %q", got, version, runtime.Version())
	}
}

// TestConfigPrecedence checks that flags beat AGORA_* environment variables,
// which beat the config file, which beats the defaults.
func TestConfigPrecedence(t *testing.T) {
	file := writeFile(t, "agora.yaml", "log:\n  level: warn\n  format: json\n")
	tests := []struct {
		name      string
		env       string // AGORA_LOG_LEVEL, unset when empty
		args      []string
		wantLevel string
	}{
		{"default", "", nil, "info"},
		{"file", "", []string{"--config", file}, "warn"},
		{"env", "error", nil, "error"},
		{"env over file", "error", []string{"--config", file}, "error"},
		{"flag over env and file", "error", []string{"--config", file, "--log-level", "debug"}, "debug"},
		{"flag over file", "", []string{"--log-level=debug", "--config=" + file}, "debug"},
		{"env is case-insensitive", "WARN", nil, "warn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clearEnv(t)
			if tt.env != "" {
				t.Setenv("AGORA_LOG_LEVEL", tt.env)
			}
			code, out, errOut := agora(t, "", append(tt.args, "config", "show")...)
			if code != exitOK {
				t.Fatalf("got exit %d (stderr %q), want 0", code, errOut)
			}
			var cfg Config
			if err := json.Unmarshal([]byte(out), &cfg); err != nil {
				t.Fatalf("config show: %v", err)
			}
			if cfg.Log.Level != tt.wantLevel {
				t.Errorf("got log level %q, want %q", cfg.Log.Level, tt.wantLevel)
			}
		})
	}
}

// TestLogLevelFilters checks that the configured level reaches the logger
// on stderr: at debug, setup logs a record; at the default level it does not.
func TestLogLevelFilters(t *testing.T) {
	clearEnv(t)
	if _, _, errOut := agora(t, "", "version"); errOut != "" {
		t.Errorf("at the default level got stderr %q, want none", errOut)
	}
	t.Setenv("AGORA_LOG_LEVEL", "debug")
	if _, _, errOut := agora(t, "", "version"); !strings.Contains(errOut, "level=DEBUG") {
		t.Errorf("at level debug got stderr %q, want a debug record", errOut)
	}
	if _, _, errOut := agora(t, "", "--log-format", "json", "version"); !strings.Contains(errOut, `"level":"DEBUG"`) {
		t.Errorf("with --log-format json got stderr %q, want a JSON debug record", errOut)
	}
}

func TestConfigErrors(t *testing.T) {
	tests := []struct {
		name string
		env  string
		args []string
	}{
		{"missing file", "", []string{"--config", filepath.Join(t.TempDir(), "nope.yaml")}},
		{"unknown key", "", []string{"--config", writeFile(t, "a.yaml", "log:\n  levle: debug\n")}},
		{"bad yaml", "", []string{"--config", writeFile(t, "b.yaml", "log: [\n")}},
		{"bad level flag", "", []string{"--log-level", "loud"}},
		{"bad level env", "loud", nil},
		{"bad format", "", []string{"--log-format", "xml"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clearEnv(t)
			if tt.env != "" {
				t.Setenv("AGORA_LOG_LEVEL", tt.env)
			}
			code, out, errOut := agora(t, "", append(tt.args, "version")...)
			if code != exitUsage || out != "" {
				t.Errorf("got exit %d, stdout %q; want %d and empty stdout", code, out, exitUsage)
			}
			if !strings.HasPrefix(errOut, "agora: ") || strings.Count(errOut, "\n") != 1 {
				t.Errorf("got stderr %q, want one line starting with %q", errOut, "agora: ")
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	clearEnv(t)
	for _, args := range [][]string{
		{"frobnicate"},
		{"--no-such-flag", "version"},
		{"version", "extra"},
		{"consensus", "bogus"},
		{"consensus", "epoch", "--no-such-flag"},
		{"consensus", "epoch", "positional"},
		{"config", "show", "extra"},
	} {
		code, out, errOut := agora(t, "", args...)
		if code != exitUsage || out != "" {
			t.Errorf("agora %v: got exit %d, stdout %q; want %d and empty stdout", args, code, out, exitUsage)
		}
		if !strings.HasPrefix(errOut, "agora: ") {
			t.Errorf("agora %v: got stderr %q, want it to start with %q", args, errOut, "agora: ")
		}
	}
}

func TestHelp(t *testing.T) {
	clearEnv(t)
	for _, args := range [][]string{nil, {"--help"}, {"consensus"}, {"consensus", "epoch", "--help"}} {
		code, out, errOut := agora(t, "", args...)
		if code != exitOK || !strings.Contains(out, "Usage:") || errOut != "" {
			t.Errorf("agora %v: got exit %d, stdout %q, stderr %q; want 0 and usage on stdout", args, code, out, errOut)
		}
	}
}

// tinyEpoch is one validator (uid 0, all the stake) weighting one server
// (uid 1).
const tinyEpoch = `{"block": 1, "emission": 1000000000, "last_epoch_block": 0, "owner_uid": null,
 "hyperparams": {"kappa": 32767, "bonds_penalty": 65535, "bonds_moving_average": 900000,
   "max_allowed_validators": 64, "tempo": 360, "activity_cutoff_factor_milli": 13889,
   "stake_threshold": 0, "yuma3": false, "liquid_alpha": false,
   "alpha_low": 45875, "alpha_high": 58982, "alpha_sigmoid_steepness": 1000},
 "neurons": [
   {"stake": 1000000000, "last_update": 1, "registered_at": 0, "validator_permit": true,
    "weights": [[1, 65535]], "bonds": []},
   {"stake": 0, "last_update": 1, "registered_at": 0, "validator_permit": true,
    "weights": [], "bonds": []}]}`

var epochOutputKeys = []string{
	"stake_weight", "active", "validator_permit", "consensus", "incentive", "dividends",
	"validator_trust", "emission", "server_emission", "validator_emission", "bonds",
}

func checkEpochOutput(t *testing.T, code int, out, errOut string) {
	t.Helper()
	if code != exitOK || errOut != "" {
		t.Fatalf("got exit %d, stderr %q; want 0 and empty stderr", code, errOut)
	}
	if !strings.HasSuffix(out, "\n") || strings.HasSuffix(out, "\n\n") {
		t.Errorf("got stdout %q, want JSON and exactly one trailing newline", out)
	}
	var got map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("stdout is not a JSON object: %v", err)
	}
	for _, key := range epochOutputKeys {
		raw, ok := got[key]
		if !ok {
			t.Errorf("output lacks key %q", key)
			continue
		}
		var vec []json.RawMessage
		if err := json.Unmarshal(raw, &vec); err != nil || len(vec) != 2 {
			t.Errorf("output %q = %s, want an array with one element per uid (2)", key, raw)
		}
	}
}

func TestConsensusEpochStdin(t *testing.T) {
	clearEnv(t)
	code, out, errOut := agora(t, tinyEpoch, "consensus", "epoch")
	checkEpochOutput(t, code, out, errOut)
	code2, out2, _ := agora(t, tinyEpoch, "consensus", "epoch", "--in", "-")
	if code2 != exitOK || out2 != out {
		t.Errorf("--in - : got exit %d, stdout %q; want 0 and the same output as without --in", code2, out2)
	}
}

func TestConsensusEpochFile(t *testing.T) {
	clearEnv(t)
	path := writeFile(t, "epoch.json", tinyEpoch)
	code, out, errOut := agora(t, "ignored", "consensus", "epoch", "--in", path)
	checkEpochOutput(t, code, out, errOut)
}

func TestConsensusEpochBadInput(t *testing.T) {
	clearEnv(t)
	tests := []struct {
		name  string
		stdin string
		args  []string
	}{
		{"malformed JSON", `{"block": 1,`, nil},
		{"not JSON", "hello", nil},
		{"empty input", "", nil},
		{"missing file", "", []string{"--in", filepath.Join(t.TempDir(), "missing.json")}},
		{"directory", "", []string{"--in", t.TempDir()}},
		{"invalid field", strings.Replace(tinyEpoch, `"weights": [[1, 65535]]`, `"weights": [[7, 65535]]`, 1), nil},
		{"missing field", strings.Replace(tinyEpoch, `"block": 1,`, ``, 1), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := agora(t, tt.stdin, append([]string{"consensus", "epoch"}, tt.args...)...)
			if code != exitUsage {
				t.Errorf("got exit %d, want %d", code, exitUsage)
			}
			if out != "" {
				t.Errorf("got stdout %q, want none", out)
			}
			if !strings.HasPrefix(errOut, "agora: ") || strings.Count(errOut, "\n") != 1 || !strings.HasSuffix(errOut, "\n") {
				t.Errorf("got stderr %q, want exactly one line starting with %q", errOut, "agora: ")
			}
		})
	}
}

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestConsensusEpochWriteFailure(t *testing.T) {
	clearEnv(t)
	var errOut bytes.Buffer
	code := run([]string{"consensus", "epoch"}, strings.NewReader(tinyEpoch), failWriter{}, &errOut)
	if code != exitFailure {
		t.Errorf("got exit %d (stderr %q), want %d", code, errOut.String(), exitFailure)
	}
}

func TestOneLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"a\n\n  b\n", "a b"},
		{"keep  inner  spaces", "keep  inner  spaces"},
	}
	for _, tt := range tests {
		if got := oneLine(tt.in); got != tt.want {
			t.Errorf("oneLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// exampleConfig returns the effective configuration of `agora --config
// configs/<name> config show`, failing the test unless it exits 0.
func exampleConfig(t *testing.T, name string) Config {
	t.Helper()
	code, out, errOut := agora(t, "", "--config", filepath.Join("..", "..", "configs", name), "config", "show")
	if code != exitOK {
		t.Fatalf("got exit %d (stderr %q), want 0", code, errOut)
	}
	var cfg Config
	if err := json.Unmarshal([]byte(out), &cfg); err != nil {
		t.Fatal(err)
	}
	return cfg
}

// TestExampleConfig checks that configs/agora.yaml loads and states the
// defaults.
func TestExampleConfig(t *testing.T) {
	clearEnv(t)
	cfg := exampleConfig(t, "agora.yaml")
	if !reflect.DeepEqual(cfg, DefaultConfig()) {
		t.Errorf("configs/agora.yaml gives %+v, want the defaults %+v", cfg, DefaultConfig())
	}
}

// TestDevnetYAMLMatchesDefaults keeps configs/devnet.yaml, which people read
// and copy, equal to the built-in defaults `agora devnet` runs on.
func TestDevnetYAMLMatchesDefaults(t *testing.T) {
	cfg, err := loadConfig(viper.New(), "../../configs/devnet.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := cfg.Devnet, defaultDevnetConfig(); !reflect.DeepEqual(got, want) {
		t.Errorf("configs/devnet.yaml devnet section\n got %+v\nwant %+v", got, want)
	}
}
