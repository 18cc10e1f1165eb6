package labeler

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/agora-net/agora/validator"
	"github.com/agora-net/agora/validator/ledger"
)

// chromiumEnv names the Chromium binary the browser test drives; `make
// test-browser` installs Debian's chromium when it is missing and sets it.
const chromiumEnv = "AGORA_CHROMIUM"

// TestBrowserLabeling drives the labeling page in headless Chromium: a
// person's ten answers with the keyboard (1: A, 2: B, 0: tie) are signed,
// filed through the validator, and held by the ledger; the page shows the
// progress and the agreement score. `go test ./...` skips it unless
// AGORA_CHROMIUM names a Chromium binary; `make test` runs it through
// `make test-browser`, which fails if Chromium cannot be installed.
func TestBrowserLabeling(t *testing.T) {
	bin := os.Getenv(chromiumEnv)
	if bin == "" {
		t.Skipf("set %s to a Chromium binary to run the browser test (make test-browser does)", chromiumEnv)
	}
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("%s=%s: %v", chromiumEnv, bin, err)
	}
	f := newFixture(t, 3, 20)
	// Another labeler answers its items first, so that the page has
	// someone to agree with.
	other, err := NewAuto(f.session(t, 1), truthAnswerer{}, DefaultAutoConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if _, err := other.Step(ctx); err != nil {
		t.Fatal(err)
	}
	sv := newServer(t, f, 0)
	ln, err := sv.Listen()
	if err != nil {
		t.Fatal(err)
	}
	served := make(chan error, 1)
	sctx, stop := context.WithCancel(ctx)
	go func() { served <- sv.Serve(sctx, ln) }()
	defer func() { stop(); <-served }()

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin), chromedp.UserDataDir(t.TempDir()),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
	}
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	defer bcancel()

	pressed := map[string]string{} // item id → choice
	keyOf := map[string]string{ledger.ChoiceA: "1", ledger.ChoiceB: "2", ledger.ChoiceTie: "0"}
	if err := chromedp.Do(bctx,
		chromedp.Navigate("http://"+ln.Addr().String()+"/"),
		chromedp.WaitReady(chromedp.CSS(`body[data-state="ready"]`)),
	); err != nil {
		t.Fatalf("open the page: %v", err)
	}
	text := func(id string) string {
		v, err := chromedp.Run(bctx, chromedp.TextContent(chromedp.ID(id)))
		if err != nil {
			t.Fatalf("#%s: %v", id, err)
		}
		return v
	}
	for i := range 10 {
		if err := chromedp.Do(bctx, chromedp.WaitReady(chromedp.CSS(fmt.Sprintf(`body[data-state="ready"][data-answered="%d"]`, i)))); err != nil {
			t.Fatalf("answer %d: %v", i, err)
		}
		item, err := chromedp.Run(bctx, chromedp.AttributeValue(chromedp.CSS("body"), "data-item"))
		if err != nil {
			t.Fatal(err)
		}
		choice := ledger.ChoiceA
		switch {
		case i%5 == 4:
			choice = ledger.ChoiceTie
		case strings.HasPrefix(text("b"), "good"):
			choice = ledger.ChoiceB
		}
		pressed[item.Value] = choice
		if err := chromedp.Do(bctx, chromedp.KeyEvent(keyOf[choice])); err != nil {
			t.Fatalf("press %s: %v", keyOf[choice], err)
		}
	}
	if err := chromedp.Do(bctx, chromedp.WaitReady(chromedp.CSS(`body[data-answered="10"]:not([data-state="sending"])`))); err != nil {
		t.Fatal(err)
	}
	progress, agreement := text("progress"), text("agreement")
	t.Logf("page shows progress %q, agreement %q", progress, agreement)
	if !strings.HasPrefix(progress, "10 / ") {
		t.Errorf("progress %q, want 10 answered", progress)
	}
	if !strings.Contains(agreement, "%") {
		t.Errorf("agreement %q, want a percentage", agreement)
	}
	got := f.filed(t, f.labelers[0])
	if len(got) != 10 {
		t.Fatalf("the ledger holds %d labels of the labeler, want 10", len(got))
	}
	for _, l := range got {
		if want, ok := pressed[l.Item.String()]; !ok || l.Choice != want {
			t.Errorf("ledger has %s for item %s, pressed %q", l.Choice, l.Item, want)
		}
	}
}

// truthAnswerer answers the fixture's comparisons correctly.
type truthAnswerer struct{}

func (truthAnswerer) Answer(it validator.Item) (string, uint8) {
	if strings.HasPrefix(it.B, "good") {
		return ledger.ChoiceB, 100
	}
	return ledger.ChoiceA, 100
}
