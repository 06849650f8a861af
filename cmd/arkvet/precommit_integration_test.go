package main_test

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestPreCommitHook runs the hook of .pre-commit-hooks.yaml the way a user's
// pre-commit does, with "pre-commit try-repo", on a copy of the end-to-end
// module: the hook must fail with arkvet's findings, and pass once the code
// is fixed.
//
// pre-commit installs the hook with "go install ./..." of a clone of this
// repository at a commit, with GOPATH set to its own directory. The test
// keeps GOMODCACHE pointed at the usual module cache, so that the install
// and the hook's run find the modules there and need no network once the
// cache holds them.
func TestPreCommitHook(t *testing.T) {
	if v := os.Getenv("ARKVET_INTEGRATION"); v != "1" && v != "full" {
		t.Skip("set ARKVET_INTEGRATION=1 to run pre-commit against this repository")
	}
	if _, err := exec.LookPath("pre-commit"); err != nil {
		t.Skip("pre-commit is not installed (Debian: apt-get install pre-commit); skipping the hook test")
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed; pre-commit needs it")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	env := hookEnv(t, tmp)

	// try-repo clones the hook's repository at a commit, so it is given a
	// snapshot of this one as it is on disk, uncommitted changes included.
	hookRepo := filepath.Join(tmp, "arkvet")
	snapshot(t, root, hookRepo, env)

	project := e2eCopy(t)
	git(t, project, env, "init", "-q")
	git(t, project, env, "add", "-A")
	git(t, project, env, "commit", "-q", "-m", "the end-to-end module")

	out, err := tryRepo(t, hookRepo, project, env)
	if err == nil {
		t.Fatal("pre-commit passed on code with findings")
	}
	if !regexp.MustCompile(`(?m)^arkvet\.+Failed$`).MatchString(out) {
		t.Error("pre-commit's output does not show the arkvet hook failing")
	}
	checkFindings(t, out) // the findings arkvet itself reports on the module

	// Fix the project: the same module, its Go code rewritten clean, so that
	// the test holds whatever findings the end-to-end module is made to have.
	fixProject(t, project)
	git(t, project, env, "add", "-A")
	git(t, project, env, "commit", "-q", "-m", "fix arkvet's findings")
	out, err = tryRepo(t, hookRepo, project, env)
	if err != nil {
		t.Fatalf("pre-commit failed on the fixed project: %v", err)
	}
	if !regexp.MustCompile(`(?m)^arkvet\.+Passed$`).MatchString(out) {
		t.Error("pre-commit's output does not show the arkvet hook passing")
	}
}

// hookEnv is the environment for git, go and pre-commit: pre-commit's store
// in tmp, a git identity for the test's commits, and the module cache that
// pre-commit's GOPATH would otherwise move.
func hookEnv(t *testing.T, tmp string) []string {
	t.Helper()
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatalf("go env GOMODCACHE: %v", err)
	}
	return append(os.Environ(),
		"GOMODCACHE="+strings.TrimSpace(string(out)),
		"PRE_COMMIT_HOME="+filepath.Join(tmp, "pre-commit-home"),
		"PRE_COMMIT_COLOR=never",
		"GIT_AUTHOR_NAME=arkvet test", "GIT_AUTHOR_EMAIL=arkvet@example.invalid",
		"GIT_COMMITTER_NAME=arkvet test", "GIT_COMMITTER_EMAIL=arkvet@example.invalid",
		"GIT_CONFIG_NOSYSTEM=1",
	)
}

func tryRepo(t *testing.T, hookRepo, project string, env []string) (string, error) {
	t.Helper()
	cmd := exec.Command("pre-commit", "try-repo", hookRepo, "arkvet", "--all-files")
	cmd.Dir = project
	cmd.Env = env
	start := time.Now()
	out, err := cmd.CombinedOutput()
	t.Logf("pre-commit try-repo took %s; it printed:\n%s", time.Since(start).Round(time.Second), out)
	return string(out), err
}

// cleanMain is the end-to-end module's program written the way arkvet asks:
// the error value itself is printed, so its request ID is kept, and no
// error code is compared.
const cleanMain = `package main

import (
	"context"
	"fmt"
	"os"

	"github.com/volcengine/volcengine-go-sdk/service/arkruntime"
	"github.com/volcengine/volcengine-go-sdk/service/arkruntime/model"
	"github.com/volcengine/volcengine-go-sdk/volcengine"
)

func main() {
	client := arkruntime.NewClientWithApiKey(os.Getenv("ARK_API_KEY"))
	req := model.CreateChatCompletionRequest{
		Model: os.Getenv("ARK_ENDPOINT_ID"),
		Messages: []*model.ChatCompletionMessage{{
			Role:    model.ChatMessageRoleUser,
			Content: &model.ChatCompletionMessageContent{StringValue: volcengine.String("hello")},
		}},
	}
	resp, err := client.CreateChatCompletion(context.Background(), req)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ark:", err)
		os.Exit(1)
	}
	fmt.Println(*resp.Choices[0].Message.Content.StringValue)
}
`

// fixProject replaces the project's Go files with cleanMain.
func fixProject(t *testing.T, project string) {
	t.Helper()
	err := filepath.WalkDir(project, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == ".git" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".go") {
			return os.Remove(path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, project, map[string]string{"main.go": cleanMain})
}

// snapshot makes dst a one-commit git repository holding the files of the
// repository at src that git would see: tracked and untracked, not ignored.
func snapshot(t *testing.T, src, dst string, env []string) {
	t.Helper()
	cmd := exec.Command("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	cmd.Dir = src
	cmd.Env = env
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("git ls-files in %s: %v", src, err)
	}
	files := make(map[string]string)
	for name := range strings.SplitSeq(strings.TrimSuffix(string(out), "\x00"), "\x00") {
		data, err := os.ReadFile(filepath.Join(src, name))
		if os.IsNotExist(err) {
			continue // deleted, not yet committed
		}
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.ToSlash(name)] = string(data)
	}
	writeFiles(t, dst, files)
	git(t, dst, env, "init", "-q")
	git(t, dst, env, "add", "-A")
	git(t, dst, env, "commit", "-q", "-m", "snapshot of arkvet")
}

func git(t *testing.T, dir string, env []string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = env
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}
