package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl/plain"
	"github.com/twmb/franz-go/pkg/kfake"
)

var newswireTopics = []string{"news.raw", "news.events", "news.articles", "news.deadletter"}

// testPKI is a certificate authority made for one test, a server
// certificate for 127.0.0.1 and a client certificate, as PEM files.
type testPKI struct {
	dir                       string
	caFile, certFile, keyFile string // client certificate and key (mutual TLS)
	otherCAFile               string // a CA that signed nothing here
	server                    tls.Certificate
	pool                      *x509.CertPool
}

func newPKI(t *testing.T) *testPKI {
	t.Helper()
	dir := t.TempDir()
	p := &testPKI{dir: dir}
	ca, caKey, caPEM := makeCert(t, "newswire test CA", nil, nil, true)
	p.caFile = writePEM(t, dir, "ca.pem", caPEM)
	p.pool = x509.NewCertPool()
	p.pool.AddCert(ca)
	_, srvKey, srvPEM := makeCert(t, "127.0.0.1", ca, caKey, false)
	srvKeyPEM := keyPEM(t, srvKey)
	var err error
	p.server, err = tls.X509KeyPair(srvPEM, srvKeyPEM)
	if err != nil {
		t.Fatal(err)
	}
	_, cliKey, cliPEM := makeCert(t, "newswire client", ca, caKey, false)
	p.certFile = writePEM(t, dir, "client.pem", cliPEM)
	p.keyFile = writePEM(t, dir, "client-key.pem", keyPEM(t, cliKey))
	_, _, otherPEM := makeCert(t, "another CA", nil, nil, true)
	p.otherCAFile = writePEM(t, dir, "other-ca.pem", otherPEM)
	return p
}

var serial int64

func makeCert(t *testing.T, cn string, parent *x509.Certificate, parentKey *ecdsa.PrivateKey, isCA bool) (*x509.Certificate, *ecdsa.PrivateKey, []byte) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	serial++
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(serial),
		Subject:      pkix.Name{CommonName: cn},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth},
	}
	if isCA {
		tmpl.IsCA, tmpl.BasicConstraintsValid = true, true
		tmpl.KeyUsage |= x509.KeyUsageCertSign
	} else {
		tmpl.IPAddresses = []net.IP{net.ParseIP("127.0.0.1")}
		tmpl.DNSNames = []string{"localhost"}
	}
	signer, signKey := tmpl, key
	if parent != nil {
		signer, signKey = parent, parentKey
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, signer, &key.PublicKey, signKey)
	if err != nil {
		t.Fatal(err)
	}
	cert, _ := x509.ParseCertificate(der)
	return cert, key, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
}

func keyPEM(t *testing.T, k *ecdsa.PrivateKey) []byte {
	der, err := x509.MarshalECPrivateKey(k)
	if err != nil {
		t.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: der})
}

func writePEM(t *testing.T, dir, name string, b []byte) string {
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// secureCluster starts a kfake cluster with the topics, over TLS with the
// test CA's server certificate, and with SASL when users are given
// (mechanism, user, password triples).
func secureCluster(t *testing.T, p *testPKI, clientAuth tls.ClientAuthType, users [][3]string, extra ...kfake.Opt) (*kfake.Cluster, string) {
	t.Helper()
	tc := &tls.Config{Certificates: []tls.Certificate{p.server}, MinVersion: tls.VersionTLS12, ClientAuth: clientAuth, ClientCAs: p.pool}
	opts := []kfake.Opt{kfake.NumBrokers(1), kfake.SeedTopics(2, newswireTopics...), kfake.TLS(tc),
		kfake.GroupMinSessionTimeout(time.Second)}
	if len(users) > 0 {
		opts = append(opts, kfake.EnableSASL())
		for _, u := range users {
			opts = append(opts, kfake.Superuser(u[0], u[1], u[2]))
		}
	}
	c, err := kfake.NewCluster(append(opts, extra...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c, c.ListenAddrs()[0]
}

// securedRun is a run configuration against brokers with sec, records to
// a file (all of them: article and event records).
func securedRun(t *testing.T, brokers, group string, sec securityConfig) runConfig {
	return runConfig{Brokers: brokers, Group: group, InputTopic: "news.raw",
		EventsTopic: "news.events", ArticlesTopic: "news.articles", DeadLetterTopic: "news.deadletter",
		Sinks: "kafka,file", File: filepath.Join(t.TempDir(), "records.jsonl"), JSONLRecords: "all", Workers: 2,
		MaxBytes: 1 << 20, BatchTimeout: 2 * time.Millisecond, SessionTimeout: 2 * time.Second,
		ShutdownTimeout: 5 * time.Second, FatalAfter: 30 * time.Second, Security: sec}
}

// running is runPipeline in a goroutine.
type running struct {
	logs    syncBuffer
	cancel  context.CancelFunc
	done    chan error
	brokers []string
}

func startRun(t *testing.T, c runConfig) *running {
	t.Helper()
	r := &running{done: make(chan error, 1)}
	log, _ := newLogger(&r.logs, "text", "debug")
	ctx, cancel := context.WithCancel(context.Background())
	r.cancel = cancel
	started := make(chan []string, 1)
	go func() { r.done <- runPipeline(ctx, c, log, io.Discard, func(b []string) { started <- b }) }()
	select {
	case r.brokers = <-started:
	case err := <-r.done:
		cancel()
		t.Fatalf("run did not start: %v\n%s", err, r.logs.String())
	case <-time.After(60 * time.Second):
		cancel()
		t.Fatalf("run did not start within 60 s\n%s", r.logs.String())
	}
	t.Cleanup(func() { r.stop(t) })
	return r
}

// stop cancels and waits for the return, bounded.
func (r *running) stop(t *testing.T) error {
	r.cancel()
	select {
	case err, ok := <-r.done:
		if ok {
			close(r.done)
		}
		return err
	case <-time.After(60 * time.Second):
		t.Errorf("run did not stop within 60 s")
		return nil
	}
}

// wait waits for run to return by itself, at most d.
func (r *running) wait(t *testing.T, d time.Duration) error {
	t.Helper()
	select {
	case err := <-r.done:
		close(r.done)
		return err
	case <-time.After(d):
		t.Fatalf("run did not exit within %v\n%s", d, r.logs.String())
		return nil
	}
}

// articleMsg is a small article whose record carries id.
func articleMsg(id string) kafka.Message {
	return kafka.Message{Key: []byte(id), Value: []byte(fmt.Sprintf(
		`{"id":%q,"published":"2026-03-02","body":"Foreign Minister Ana Soto met Trade Minister Li Wei in Lima on Monday. They signed an agreement on fisheries."}`, id))}
}

// highWater sums the high-water marks of topic's partitions, asked
// through transport.
func highWater(t *testing.T, brokers []string, tr kafka.RoundTripper, topic string) int64 {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cl := &kafka.Client{Addr: kafka.TCP(brokers...), Transport: tr}
	resp, err := cl.ListOffsets(ctx, &kafka.ListOffsetsRequest{Topics: map[string][]kafka.OffsetRequest{
		topic: {kafka.LastOffsetOf(0), kafka.LastOffsetOf(1)}}})
	if err != nil {
		t.Fatal(err)
	}
	var n int64
	for _, p := range resp.Topics[topic] {
		if p.Error != nil {
			t.Fatal(p.Error)
		}
		n += p.LastOffset
	}
	return n
}

func fileHas(path, s string) bool {
	b, _ := os.ReadFile(path)
	return strings.Contains(string(b), s)
}

// TestSASLOverTLSEndToEnd: against a cluster that requires SASL over TLS
// (certificates from a CA made in the test), `publish` and `run` with the
// right credentials work for every mechanism: the article is consumed (its
// record in the file sink) and its records are produced (on
// news.articles and news.events). No log line, at debug level, holds a
// password.
func TestSASLOverTLSEndToEnd(t *testing.T) {
	p := newPKI(t)
	users := [][3]string{
		{"PLAIN", "plain-user", "Pl41n-s3cret-value"},
		{"SCRAM-SHA-256", "scram256-user", "Scr4m256-s3cret-value"},
		{"SCRAM-SHA-512", "scram512-user", "Scr4m512-s3cret-value"},
	}
	_, addr := secureCluster(t, p, tls.NoClientCert, users)
	for i, u := range users {
		t.Run(u[0], func(t *testing.T) {
			sec := securityConfig{SASLMechanism: u[0], SASLUsername: u[1], SASLPassword: u[2], TLSCAFile: p.caFile}
			if i == 1 { // the password from a mounted secret file
				sec.SASLPassword = ""
				sec.SASLPasswordFile = writePEM(t, t.TempDir(), "password", []byte(u[2]+"\n"))
			}
			c := securedRun(t, addr, "g-"+u[1], sec)
			r := startRun(t, c)
			ks, err := sec.build(discard())
			if err != nil {
				t.Fatal(err)
			}
			id := "secure-" + strings.ToLower(u[0])
			var out, errb syncBuffer
			args := []string{"publish", "--brokers", addr, "--tls-ca-file", p.caFile, "--sasl-mechanism", u[0], "--sasl-username", u[1]}
			env := map[string]string{"KAFKA_SASL_PASSWORD": u[2]}
			if code := mainCodeEnv(env, append(args, writeArticle(t, id)), &out, &errb); code != 0 {
				t.Fatalf("publish: exit %d: %s", code, errb.String())
			}
			until(t, 60*time.Second, "the record in the file sink", func() bool { return fileHas(c.File, `"id":"`+id+`"`) })
			until(t, 30*time.Second, "records on news.articles and news.events", func() bool {
				return highWater(t, []string{addr}, ks.transport(), "news.articles") >= int64(i+1) &&
					highWater(t, []string{addr}, ks.transport(), "news.events") >= int64(i+1)
			})
			if err := r.stop(t); err != nil {
				t.Fatalf("run: %v", err)
			}
			logs := r.logs.String() + errb.String() + out.String()
			for _, u := range users {
				if strings.Contains(logs, u[2]) {
					t.Errorf("a password is in the logs:\n%s", logs)
				}
			}
			if !strings.Contains(r.logs.String(), "sasl="+u[0]) {
				t.Errorf("the log does not say which security is used:\n%s", r.logs.String())
			}
		})
	}
}

// mainCodeEnv runs the binary's main with extra environment variables.
func mainCodeEnv(env map[string]string, args []string, stdout, stderr io.Writer) int {
	for k, v := range env {
		os.Setenv(k, v)
	}
	defer func() {
		for k := range env {
			os.Unsetenv(k)
		}
	}()
	return mainCode(args, strings.NewReader(""), stdout, stderr)
}

func writeArticle(t *testing.T, id string) string {
	m := articleMsg(id)
	return writePEM(t, t.TempDir(), id+".json", m.Value)
}

func discard() *slog.Logger { l, _ := newLogger(io.Discard, "text", "error"); return l }

// TestWrongCredentialsExit: `run` with a wrong password (each mechanism),
// an unknown user, or without SASL against a SASL cluster exits non-zero
// within 30 s with an error naming authentication, and does not print the
// password; `publish` too.
func TestWrongCredentialsExit(t *testing.T) {
	p := newPKI(t)
	_, addr := secureCluster(t, p, tls.NoClientCert, [][3]string{
		{"PLAIN", "alice", "right-Pa55word"}, {"SCRAM-SHA-256", "bob", "right-Pa55word"}, {"SCRAM-SHA-512", "carol", "right-Pa55word"}})
	const wrong = "Wr0ng-pa55word-xyzzy"
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"PLAIN wrong password", []string{"--sasl-mechanism", "PLAIN", "--sasl-username", "alice", "--sasl-password", wrong}, "authentication"},
		{"SCRAM-SHA-256 wrong password", []string{"--sasl-mechanism", "SCRAM-SHA-256", "--sasl-username", "bob", "--sasl-password", wrong}, "authentication"},
		{"SCRAM-SHA-512 wrong password", []string{"--sasl-mechanism", "SCRAM-SHA-512", "--sasl-username", "carol", "--sasl-password", wrong}, "authentication"},
		{"unknown user", []string{"--sasl-mechanism", "SCRAM-SHA-256", "--sasl-username", "mallory", "--sasl-password", wrong}, "authentication"},
		{"wrong mechanism for the user", []string{"--sasl-mechanism", "SCRAM-SHA-512", "--sasl-username", "bob", "--sasl-password", "right-Pa55word"}, "authentication"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, cmd := range []string{"run", "publish"} {
				args := append([]string{cmd, "--brokers", addr, "--tls-ca-file", p.caFile}, c.args...)
				if cmd == "run" {
					args = append(args, "--metrics-addr", "", "--log-level", "debug")
				} else {
					args = append(args, writeArticle(t, "x"))
				}
				var out, errb syncBuffer
				done := make(chan int, 1)
				go func() { done <- mainCode(args, strings.NewReader(""), &out, &errb) }()
				select {
				case code := <-done:
					if code == 0 {
						t.Errorf("%s: exit 0 with bad credentials", cmd)
					}
				case <-time.After(30 * time.Second):
					t.Fatalf("%s with bad credentials still running after 30 s:\n%s", cmd, errb.String())
				}
				if !strings.Contains(strings.ToLower(errb.String()), c.want) {
					t.Errorf("%s: stderr does not name %s:\n%s", cmd, c.want, errb.String())
				}
				if strings.Contains(errb.String()+out.String(), wrong) {
					t.Errorf("%s printed the password:\n%s", cmd, errb.String())
				}
			}
		})
	}
}

// TestTLS: mutual TLS with the client certificate works; without it, with
// an untrusted CA, or in plain text against TLS, run exits non-zero naming
// TLS.
func TestTLS(t *testing.T) {
	p := newPKI(t)
	_, addr := secureCluster(t, p, tls.RequireAndVerifyClientCert, nil)
	sec := securityConfig{TLSCAFile: p.caFile, TLSCertFile: p.certFile, TLSKeyFile: p.keyFile}
	c := securedRun(t, addr, "g-mtls", sec)
	r := startRun(t, c)
	var out, errb syncBuffer
	if code := mainCode([]string{"publish", "--brokers", addr, "--tls-ca-file", p.caFile, "--tls-cert-file", p.certFile,
		"--tls-key-file", p.keyFile, writeArticle(t, "mtls-1")}, nil, &out, &errb); code != 0 {
		t.Fatalf("publish over mutual TLS: exit %d %s", code, errb.String())
	}
	until(t, 60*time.Second, "the record", func() bool { return fileHas(c.File, `"id":"mtls-1"`) })
	if err := r.stop(t); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []struct {
		name string
		args []string
	}{
		{"no client certificate", []string{"--tls-ca-file", p.caFile}},
		{"untrusted CA", []string{"--tls-ca-file", p.otherCAFile, "--tls-cert-file", p.certFile, "--tls-key-file", p.keyFile}},
		{"plain text", nil},
	} {
		t.Run(bad.name, func(t *testing.T) {
			var out, errb syncBuffer
			done := make(chan int, 1)
			args := append([]string{"run", "--brokers", addr, "--metrics-addr", ""}, bad.args...)
			go func() { done <- mainCode(args, nil, &out, &errb) }()
			select {
			case code := <-done:
				if code == 0 {
					t.Errorf("exit 0")
				}
			case <-time.After(30 * time.Second):
				t.Fatalf("still running after 30 s:\n%s", errb.String())
			}
			if !strings.Contains(errb.String(), "TLS") {
				t.Errorf("stderr does not name TLS:\n%s", errb.String())
			}
		})
	}
	// Skipping verification works, and says so loudly.
	var logs syncBuffer
	log, _ := newLogger(&logs, "text", "info")
	if _, err := (securityConfig{TLSInsecure: true}).build(log); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(logs.String(), "level=WARN") || !strings.Contains(logs.String(), "VERIFICATION IS OFF") {
		t.Errorf("insecure TLS not warned about: %s", logs.String())
	}
}

// TestSecurityBuild: settings are checked, with errors naming what to set;
// none holds the password.
func TestSecurityBuild(t *testing.T) {
	const pw = "S3cret-Build-pw"
	dir := t.TempDir()
	pwFile := writePEM(t, dir, "pw", []byte(pw+"\r\n"))
	notPEM := writePEM(t, dir, "ca.txt", []byte("not a certificate"))
	cases := []struct {
		name    string
		sec     securityConfig
		err     string // "" = valid
		tls     bool
		sasl    string
		plainPw string // PLAIN: the password it will send
	}{
		{name: "nothing", sec: securityConfig{}},
		{name: "PLAIN", sec: securityConfig{SASLMechanism: "plain", SASLUsername: "u", SASLPassword: pw}, sasl: "PLAIN", plainPw: pw},
		{name: "password file, line end dropped", sec: securityConfig{SASLMechanism: "PLAIN", SASLUsername: "u", SASLPasswordFile: pwFile, TLS: true}, sasl: "PLAIN", plainPw: pw, tls: true},
		{name: "SCRAM-SHA-512", sec: securityConfig{SASLMechanism: "SCRAM-SHA-512", SASLUsername: "u", SASLPassword: pw}, sasl: "SCRAM-SHA-512"},
		{name: "TLS implied by a CA file", sec: securityConfig{TLSCAFile: newPKI(t).caFile}, tls: true},
		{name: "unknown mechanism", sec: securityConfig{SASLMechanism: "GSSAPI", SASLUsername: "u", SASLPassword: pw}, err: "want PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512"},
		{name: "user without mechanism", sec: securityConfig{SASLUsername: "u", SASLPassword: pw}, err: "KAFKA_SASL_MECHANISM"},
		{name: "mechanism without password", sec: securityConfig{SASLMechanism: "PLAIN", SASLUsername: "u"}, err: "KAFKA_SASL_PASSWORD"},
		{name: "password twice", sec: securityConfig{SASLMechanism: "PLAIN", SASLUsername: "u", SASLPassword: pw, SASLPasswordFile: pwFile}, err: "not both"},
		{name: "missing password file", sec: securityConfig{SASLMechanism: "PLAIN", SASLUsername: "u", SASLPasswordFile: filepath.Join(dir, "none")}, err: "password file"},
		{name: "certificate without key", sec: securityConfig{TLSCertFile: pwFile}, err: "KAFKA_TLS_KEY_FILE"},
		{name: "CA file without a certificate", sec: securityConfig{TLSCAFile: notPEM}, err: "no PEM certificate"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var logs syncBuffer
			log, _ := newLogger(&logs, "text", "debug")
			k, err := c.sec.build(log)
			if strings.Contains(logs.String(), pw) || err != nil && strings.Contains(err.Error(), pw) {
				t.Errorf("the password leaked: %v\n%s", err, logs.String())
			}
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Errorf("error %v, want one saying %q", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if (k.TLS != nil) != c.tls {
				t.Errorf("TLS %v, want %v", k.TLS != nil, c.tls)
			}
			if got := ""; k.SASL != nil {
				got = k.SASL.Name()
				if got != c.sasl {
					t.Errorf("SASL %q, want %q", got, c.sasl)
				}
			} else if c.sasl != "" {
				t.Errorf("no SASL, want %s", c.sasl)
			}
			if c.plainPw != "" {
				if m, ok := k.SASL.(plain.Mechanism); !ok || m.Password != c.plainPw {
					t.Errorf("PLAIN mechanism %+v, want the password from the setting", k.SASL)
				}
			}
		})
	}
	// The flags and variables exist for run and publish.
	for _, fs := range []*envFlags{runFlags(&runConfig{}), publishFlags(&publishConfig{})} {
		for name, env := range securityEnv {
			if fs.Lookup(name) == nil || fs.env[name] != env {
				t.Errorf("%s: flag --%s / %s missing", fs.Name(), name, env)
			}
		}
	}
	// SASL settings without brokers: refused, the embedded broker has none.
	c := runConfig{EmbeddedAddr: "127.0.0.1:0", Workers: 1, MaxBytes: 1 << 20,
		Security: securityConfig{SASLMechanism: "PLAIN", SASLUsername: "u", SASLPassword: pw}}
	if err := runPipeline(context.Background(), c, discard(), io.Discard, nil); err == nil || !strings.Contains(err.Error(), "--brokers") {
		t.Errorf("SASL with the embedded broker: %v", err)
	}
}
