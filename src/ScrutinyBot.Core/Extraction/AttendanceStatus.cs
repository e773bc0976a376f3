namespace ScrutinyBot.Core.Extraction;

public enum AttendanceStatus
{
    Present,
    Absent,
    Apologies,
    Substitute,
    InAttendance,
}
