"""The site's terms: one Chinese term per concept, and the variants we avoid.

tests/test_glossary.py reads this table. Each entry is one glossary entry:

- ``anchor``: the ASCII id of its heading on docs/en/glossary.md and
  docs/zh/glossary.md (pages link to ``glossary.md#<anchor>``);
- ``english``: the English term (the heading on the English page);
- ``chinese``: the Chinese term chosen for the whole site (the Chinese heading
  contains it, and the English entry names it);
- ``banned``: other renderings that must not appear in Chinese prose (text in
  code blocks and inline code is not checked, so a page may quote them as
  code, as the glossary does);
- ``banned_re``: the same, as regular expressions, for variants that are only
  wrong in some contexts (``写入线程`` is fine after ``后台``).

To add a term: add an entry here and a heading ``### ... { #anchor }`` on both
glossary pages. Sources: shared/notes/glossary-zh.md and the zh-cn
translation of the Python documentation.
"""

from __future__ import annotations

TERMS: list[dict] = [
    # Processes and threads
    {"anchor": "process", "english": "process", "chinese": "进程"},
    {"anchor": "child-process", "english": "child process", "chinese": "子进程"},
    {"anchor": "thread", "english": "thread", "chinese": "线程"},
    {"anchor": "gil", "english": "GIL", "chinese": "全局解释器锁"},
    {
        "anchor": "interpreter",
        "english": "interpreter (subinterpreter)",
        "chinese": "解释器",
        "banned": ["解析器"],
    },
    {
        "anchor": "free-threaded",
        "english": "free-threaded build",
        "chinese": "自由线程构建",
        "banned": ["自由线程化"],
    },
    {
        "anchor": "ipc",
        "english": "inter-process communication (IPC)",
        "chinese": "进程间通信",
        "banned": ["进程间通讯"],
    },
    {
        "anchor": "pid",
        "english": "PID",
        "chinese": "进程 ID",
        "banned": ["进程号"],
    },
    {
        "anchor": "traceback",
        "english": "traceback",
        "chinese": "回溯信息",
        # "traceback" may stand in parentheses after 回溯信息 on first use, and
        # inside names (RemoteTraceback, the traceback module in code).
        "banned_re": [
            r"(?<![A-Za-z_.（(*#])traceback(?![A-Za-z_)）*])",
            r"回溯(?!信息)",
        ],
    },
    {
        "anchor": "daemon",
        "english": "daemon",
        "chinese": "守护进程",
        "banned": ["精灵进程"],
    },
    # Start methods
    {
        "anchor": "start-method",
        "english": "start method",
        "chinese": "启动方法",
        "banned": ["启动方式", "开始方法", "start方法", "启动模式"],
    },
    {"anchor": "fork", "english": "fork", "chinese": "fork"},
    {"anchor": "spawn", "english": "spawn", "chinese": "spawn"},
    {"anchor": "forkserver", "english": "forkserver", "chinese": "forkserver"},
    {
        "anchor": "module-level",
        "english": "module level",
        "chinese": "模块顶层",
        "banned": ["模块级", "模块最外层"],
    },
    {
        "anchor": "context",
        "english": "context (multiprocessing context)",
        "chinese": "上下文对象",
        "banned": ["语境"],
    },
    {
        "anchor": "server-process",
        "english": "server process",
        "chinese": "服务器进程",
        "banned": ["服务进程", "fork server"],
    },
    {
        "anchor": "resource-tracker",
        "english": "resource tracker",
        "chinese": "资源跟踪器",
        "banned": ["资源追踪器"],
    },
    # Messages and channels
    {
        "anchor": "message",
        "english": "message",
        "chinese": "消息",
        "banned": ["讯息"],
    },
    {"anchor": "queue", "english": "queue", "chinese": "队列"},
    {"anchor": "pipe", "english": "pipe", "chinese": "管道"},
    {
        "anchor": "connection",
        "english": "connection",
        "chinese": "连接对象",
        "banned": ["联接对象"],
    },
    {
        "anchor": "item",
        "english": "item",
        "chinese": "元素",
        "banned": ["数据项"],
        # "N 个数据" counts an uncountable noun; 一个数据库, 数据结构 are fine.
        "banned_re": [
            r"(?:[0-9]|[一二三四五六七八九十百千两几每])\s*个数据(?![库包块结集])"
        ],
    },
    {
        "anchor": "eof",
        "english": "end of file (EOF)",
        "chinese": "文件结束",
        "banned": ["文件结尾", "文件末尾"],
    },
    {
        "anchor": "bytes-like",
        "english": "bytes-like object",
        "chinese": "字节型对象",
        "banned": ["类字节对象", "类字节串对象"],
    },
    {
        "anchor": "authentication",
        "english": "authentication",
        "chinese": "认证",
        "banned": ["身份验证"],
    },
    {
        "anchor": "pickle",
        "english": "pickle / serialization",
        "chinese": "序列化",
        "banned": ["封存", "解封", "腌制"],
    },
    {
        "anchor": "shareable",
        "english": "shareable object",
        "chinese": "可共享对象",
        "banned": ["可分享对象"],
    },
    {
        "anchor": "feeder-thread",
        "english": "feeder thread",
        "chinese": "后台写入线程",
        "banned": ["馈送线程"],
        "banned_re": [r"(?<!后台)写入线程", r"feeder\s*线程"],
    },
    {
        "anchor": "shared-memory",
        "english": "shared memory",
        "chinese": "共享内存",
        "banned": ["共享存储"],
    },
    # Patterns
    {"anchor": "producer", "english": "producer", "chinese": "生产者"},
    {"anchor": "consumer", "english": "consumer", "chinese": "消费者"},
    # "毒丸" (poison pill) is not banned: pages may mention it as another name.
    {"anchor": "sentinel", "english": "sentinel (poison pill)", "chinese": "哨兵值"},
    {
        "anchor": "backpressure",
        "english": "backpressure",
        "chinese": "背压",
        "banned": ["反压"],
    },
    {"anchor": "deadlock", "english": "deadlock", "chinese": "死锁"},
    # Synchronization
    {"anchor": "lock", "english": "lock", "chinese": "锁"},
    {
        "anchor": "semaphore",
        "english": "semaphore",
        "chinese": "信号量",
        "banned": ["信号灯"],
    },
    {"anchor": "event", "english": "event", "chinese": "事件"},
    # Pools and managers
    {"anchor": "pool", "english": "pool", "chinese": "进程池"},
    {
        "anchor": "worker",
        "english": "worker",
        "chinese": "工作进程",
        "banned": ["工人进程", "工作者进程"],
    },
    {"anchor": "manager", "english": "manager", "chinese": "管理器"},
    {"anchor": "proxy", "english": "proxy", "chinese": "代理对象"},
    {
        "anchor": "referent",
        "english": "referent",
        "chinese": "指涉对象",
        "banned": ["所指对象", "被引用对象"],
    },
    # Brokers
    {
        "anchor": "broker",
        "english": "broker",
        "chinese": "消息中间件",
        "banned": ["消息代理"],
    },
    {
        "anchor": "at-least-once",
        "english": "at-least-once delivery",
        "chinese": "至少一次投递",
        "banned": ["至少一次交付", "至少一次传递"],
    },
    {
        "anchor": "consumer-group",
        "english": "consumer group",
        "chinese": "消费者组",
        "banned": ["消费组", "消费者群组"],
    },
]
