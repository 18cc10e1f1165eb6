package validator

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/miner"
	"github.com/agora-net/agora/model"
	"github.com/agora-net/agora/model/corpus"
	"github.com/agora-net/agora/scoring"
)

// timeEach returns the mean time of reps runs of f.
func timeEach(b *testing.B, reps int, f func() error) time.Duration {
	b.Helper()
	start := time.Now()
	for range reps {
		if err := f(); err != nil {
			b.Fatal(err)
		}
	}
	return time.Since(start) / time.Duration(reps)
}

// BenchmarkVerificationCost measures what a validator spends checking
// miners against what the miners spend doing the work, for each request
// the scorer sends with DefaultScorerConfig, and averaged over the requests
// of five minutes of one miner (300 inference rounds, 10 fine-tune rounds,
// one hardware check):
//
//   - inference: the miner checks the request's signature, generates 16
//     tokens with their top-8 log-probabilities and signs the answer; the
//     validator signs the request, checks the answer's signature,
//     recomputes the sampled positions (⌈10%⌉ of 16 plus the last: 2) and
//     scores it;
//   - fine-tune: the miner trains 100 steps of 64 positions; the validator
//     evaluates the upload on 2048 held-out bytes and checks a 64-token
//     sample for repetition;
//   - hardware: the miner multiplies two 256×256 matrices and builds the
//     rows' Merkle tree; the validator recomputes 8 opened rows and checks
//     their proofs.
//
// Run it once: go test -run '^$' -bench VerificationCost -benchtime 1x ./validator
func BenchmarkVerificationCost(b *testing.B) {
	ctx := context.Background()
	minerModel, err := model.Reference()
	if err != nil {
		b.Fatal(err)
	}
	ref, err := model.Reference()
	if err != nil {
		b.Fatal(err)
	}
	cfg := DefaultScorerConfig()
	params := scoring.DefaultInferenceParams()
	gen := miner.NewLMGenerator(minerModel)
	const prompt = "the quick brown fox"
	key, _ := crypto.GenerateKey()
	req := &miner.SignedRequest{Miner: crypto.PubkeyToAddress(key.PublicKey), Subnet: 1, Method: "POST", Path: miner.InferPath, Timestamp: 1, Nonce: 1}
	sign := func() error { return req.Sign(key, testChainID) }
	verify := func() error { return req.Verify(testChainID) }

	for b.Loop() {
		// Inference.
		var inf miner.Inference
		minerInfer := timeEach(b, 200, func() (err error) {
			inf, err = gen.Infer(ctx, prompt, cfg.MaxTokens, params.TopK)
			return err
		})
		signOne := timeEach(b, 200, sign)
		verifyOne := timeEach(b, 200, verify)
		text := []byte(prompt)
		answer := make([]scoring.Position, len(inf.Tokens))
		for i, t := range inf.Tokens {
			text = append(text, byte(t))
			answer[i].Token = t
			for _, e := range inf.TopK[i] {
				answer[i].TopK = append(answer[i].TopK, scoring.TokenLogProb{Token: e.Token, LogProb: e.LogProb})
			}
		}
		checkInfer := timeEach(b, 200, func() error {
			sampled := scoring.SamplePositions([32]byte{1}, len(answer), params.SamplePermille)
			abs := make([]int, len(sampled))
			for i, p := range sampled {
				abs[i] = len(prompt) + p
			}
			steps, err := ref.LogProbs(text, abs, params.TopK)
			if err != nil {
				return err
			}
			refs := make([]scoring.Reference, len(steps))
			for i, st := range steps {
				refs[i] = scoring.Reference{Index: sampled[i], Token: int(st.Token)}
				for _, e := range st.TopK {
					refs[i].TopK = append(refs[i].TopK, scoring.TokenLogProb{Token: int(e.Token), LogProb: e.LogProb})
				}
			}
			if r := scoring.ScoreInference(params, answer, cfg.MaxTokens, refs, 5); r.Score != scoring.One {
				b.Fatalf("an honest answer scored %+v", r)
			}
			return nil
		})
		// Each side checks the other's signature and signs its own message.
		inferMiner, inferValidator := minerInfer+verifyOne+signOne, checkInfer+signOne+verifyOne

		// Fine-tuning.
		tr, err := miner.NewLMTrainer(minerModel, corpus.Train(), miner.DefaultTrainerConfig())
		if err != nil {
			b.Fatal(err)
		}
		var weights []byte
		tuneMiner := timeEach(b, 2, func() (err error) {
			weights, err = tr.FineTune(ctx, miner.FineTuneRequest{BaseHash: minerModel.Hash(), Steps: cfg.FineTuneSteps, Seed: 1}, func(miner.Progress) {})
			return err
		})
		s := &scorer{cfg: cfg, window: corpus.HeldOut()[:cfg.EvalBytes], losses: map[string]evaluation{}}
		tuned, err := model.Load(bytes.NewReader(weights))
		if err != nil {
			b.Fatal(err)
		}
		tuneValidator := timeEach(b, 5, func() error {
			clear(s.losses)
			_, err := s.evaluate(ctx, tuned)
			return err
		})

		// Hardware (the cpu class).
		class, _ := scoring.FindClass(scoring.DefaultHardwareClasses(), scoring.ClassCPU)
		ch := scoring.Challenge{Seed: [32]byte{7}, N: class.N}
		var root [32]byte
		var c []uint32
		var tree *scoring.MerkleTree
		hwMiner := timeEach(b, 5, func() (err error) {
			a, m := ch.Matrices()
			c = make([]uint32, ch.N*ch.N)
			scoring.MulRows(a, m, ch.N, 0, ch.N, c)
			leaves := make([][32]byte, ch.N)
			for i := range leaves {
				leaves[i] = scoring.RowLeaf(c[i*ch.N : (i+1)*ch.N])
			}
			tree, err = scoring.NewMerkleTree(leaves)
			root = tree.Root()
			return err
		})
		hwValidator := timeEach(b, 5, func() error {
			rows := scoring.OpenRows([32]byte{8}, ch.N, cfg.OpenRows)
			opened := make([]scoring.OpenedRow, len(rows))
			for i, r := range rows {
				opened[i] = scoring.OpenedRow{Index: r, Row: c[r*ch.N : (r+1)*ch.N], Proof: tree.Proof(r)}
			}
			return scoring.NewRowChecker(ch).CheckOpening(root, rows, opened)
		})

		// Five minutes of one miner under DefaultScorerConfig.
		rounds := int64(5 * time.Minute / cfg.Interval)
		tunes := int64(5 * time.Minute / cfg.FineTuneInterval)
		work := time.Duration(rounds)*inferMiner + time.Duration(tunes)*tuneMiner + hwMiner
		spent := time.Duration(rounds)*inferValidator + time.Duration(tunes)*tuneValidator + hwValidator
		b.ReportMetric(float64(inferMiner.Microseconds()), "infer-miner-µs")
		b.ReportMetric(float64(inferValidator.Microseconds()), "infer-validator-µs")
		b.ReportMetric(100*float64(inferValidator)/float64(inferMiner), "infer-%")
		b.ReportMetric(100*float64(checkInfer)/float64(minerInfer), "infer-model-only-%")
		b.ReportMetric(float64((signOne + verifyOne).Microseconds()), "sign+verify-µs")
		b.ReportMetric(float64(tuneMiner.Milliseconds()), "tune-miner-ms")
		b.ReportMetric(float64(tuneValidator.Milliseconds()), "tune-validator-ms")
		b.ReportMetric(100*float64(tuneValidator)/float64(tuneMiner), "tune-%")
		b.ReportMetric(100*float64(hwValidator)/float64(hwMiner), "hardware-%")
		b.ReportMetric(100*float64(spent)/float64(work), "mix-%")
	}
}

// TestCatchRate measures how often the scorer's check (the sampled
// positions of one answer, plus the last) catches an answer of the
// wrong-model miner's substitute, over 200 prompts from the held-out text,
// and how many queries then catch a miner that answers that way on 10% of
// its queries with 99% probability (every answer is checked).
func TestCatchRate(t *testing.T) {
	ref, err := model.Reference()
	if err != nil {
		t.Fatal(err)
	}
	sub, err := miner.NewLMGenerator(ref).Substitute()
	if err != nil {
		t.Fatal(err)
	}
	cfg, params := DefaultScorerConfig(), scoring.DefaultInferenceParams()
	held := corpus.HeldOut()
	const trials = 200
	caught := 0
	for i := range trials {
		prompt := string(held[i*97 : i*97+24])
		inf, err := sub.Infer(context.Background(), prompt, cfg.MaxTokens, params.TopK)
		if err != nil {
			t.Fatal(err)
		}
		text := []byte(prompt)
		for _, tok := range inf.Tokens {
			text = append(text, byte(tok))
		}
		sampled := scoring.SamplePositions([32]byte{byte(i), byte(i >> 8)}, len(inf.Tokens), params.SamplePermille)
		abs := make([]int, len(sampled))
		for k, p := range sampled {
			abs[k] = len(prompt) + p
		}
		steps, err := ref.LogProbs(text, abs, params.TopK)
		if err != nil {
			t.Fatal(err)
		}
		for k, st := range steps {
			if inf.Tokens[sampled[k]] != int(st.Token) {
				caught++
				break
			}
		}
	}
	permille := uint16(1000 * caught / trials)
	n := scoring.QueriesToCatch(100, permille, 990)
	t.Logf("a substitute's answer is caught %d times in %d (%d‰); a miner cheating on 10%% of its answers is caught with 99%% probability within %d queries (every answer checked; %d if one answer in ten were)",
		caught, trials, permille, n, scoring.QueriesToCatch(100, permille/10, 990))
	if permille < 950 || n > 50 {
		t.Errorf("caught %d‰ of the substitute's answers, %d queries to catch: want at least 950‰ and at most 50", permille, n)
	}
}
